import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub, redirectTarget } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { usccCheckChar } = await import("@/lib/validation/uscc");
const { LOGO_MAX_BYTES, detectLogoType } = await import("@/lib/server/merchants/logo");
const { updateProfileAction, uploadLogoAction, removeLogoAction } =
  await import("@/app/merchant/(approved)/profile/actions");
const { GET: getLogo } = await import("@/app/api/merchants/[id]/logo/route");

const ids: Record<string, string> = {};
let merchantId = "";
let xiyongId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  merchantId = (await db.membership.findUniqueOrThrow({ where: { userId: ids["merchant@example.com"] } })).merchantId;
  xiyongId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  const member = await db.user.create({
    data: {
      email: "member@example.com",
      name: "赵磊",
      passwordHash: "x",
      role: "MERCHANT",
      membership: { create: { merchantId, role: "MEMBER" } },
    },
  });
  ids.member = member.id;
});
afterAll(() => db.$disconnect());

const as = (who: string | null) => {
  sessionStub.userId = who ? ids[who] : null;
};

type Fields = {
  nameZh: string;
  nameEn: string;
  uscc: string;
  contactName: string;
  contactPhone: string;
  platformIds: string[];
  hsChapters: string[];
};

async function currentFields(): Promise<Fields> {
  const m = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    include: { platforms: true, categories: true },
  });
  return {
    nameZh: m.nameZh,
    nameEn: m.nameEn,
    uscc: m.uscc,
    contactName: m.contactName,
    contactPhone: m.contactPhone,
    platformIds: m.platforms.map((p) => p.platformId).sort(),
    hsChapters: m.categories.map((c) => c.hsChapter).sort(),
  };
}

function form(fields: Fields) {
  const f = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) f.append(key, v);
    else f.set(key, value);
  }
  return f;
}

/** Everything a refused update must leave as it was. */
async function snapshot() {
  const m = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    include: { platforms: true, categories: true },
  });
  return {
    m,
    audit: await db.auditLog.count({ where: { entityId: merchantId } }),
    notes: await db.notification.count(),
  };
}

/** A valid USCC that no merchant uses. */
async function freeUscc(): Promise<string> {
  for (let n = 1; ; n++) {
    const first17 = `91500106MA${String(n).padStart(7, "0")}`;
    const code = first17 + usccCheckChar(first17);
    if (!(await db.merchant.count({ where: { uscc: code } }))) return code;
  }
}

describe("editing the company profile", () => {
  it("saves a contact change and keeps the merchant approved, with an audit entry", async () => {
    as("merchant@example.com");
    const before = await currentFields();
    const platforms = await db.platform.findMany({ orderBy: { sortOrder: "asc" }, take: 2 });
    const state = await updateProfileAction(
      {},
      form({
        ...before,
        contactName: "王芳",
        contactPhone: "+86 23 6888 1234",
        platformIds: platforms.map((p) => p.id),
        hsChapters: ["85", "90"],
      }),
    );
    expect(state).toMatchObject({ ok: true, message: "Your company profile was saved." });
    const after = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    expect(after).toMatchObject({ contactName: "王芳", contactPhone: "+862368881234", verificationStatus: "APPROVED" });
    expect((await currentFields()).platformIds).toEqual(platforms.map((p) => p.id).sort());
    expect((await currentFields()).hsChapters).toEqual(["85", "90"]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: merchantId, action: "merchant.profile_update" },
    });
    expect(JSON.parse(audit.details).changed).toEqual(["contactName", "contactPhone", "platformIds", "hsChapters"]);
    expect(await db.notification.count({ where: { kind: "merchant_resubmitted" } })).toBe(0);
  });

  it("lets a member edit the profile too", async () => {
    as("member");
    const state = await updateProfileAction({}, form({ ...(await currentFields()), contactPhone: "138-1234-5678" }));
    expect(state.ok).toBe(true);
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).contactPhone).toBe("+8613812345678");
  });

  it("refuses a bad phone with a field error, keeps what was typed and changes nothing", async () => {
    as("merchant@example.com");
    const before = await snapshot();
    const typed = { ...(await currentFields()), contactPhone: "12345", contactName: "新联系人" };
    const state = await updateProfileAction({}, form(typed));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.contactPhone).toBe(
      "Enter a mainland mobile number (11 digits) or a landline with its area code.",
    );
    expect(state.values).toMatchObject({ contactPhone: "12345", contactName: "新联系人" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a USCC taken by another merchant with a field error, and changes nothing", async () => {
    as("merchant@example.com");
    const other = await db.merchant.findFirstOrThrow({ where: { id: { not: merchantId } } });
    const before = await snapshot();
    const state = await updateProfileAction({}, form({ ...(await currentFields()), uscc: other.uscc }));
    expect(state.fieldErrors?.uscc).toBe("Another company is already registered with this unified social credit code.");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses control characters (PostgreSQL cannot store NUL) and a malformed id, and changes nothing", async () => {
    as("merchant@example.com");
    const before = await snapshot();
    const state = await updateProfileAction(
      {},
      form({ ...(await currentFields()), nameZh: "\u0000", contactName: "李\u0007雷", platformIds: ["\u0000"] }),
    );
    expect(state.fieldErrors).toEqual({
      nameZh: "This contains control characters that cannot be saved; remove them and try again.",
      contactName: "This contains control characters that cannot be saved; remove them and try again.",
      platformIds: expect.any(String),
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses platforms that do not exist with a field error", async () => {
    as("merchant@example.com");
    const before = await snapshot();
    const state = await updateProfileAction(
      {},
      form({ ...(await currentFields()), platformIds: ["no-such-platform"] }),
    );
    expect(state.fieldErrors?.platformIds).toBe("Choose platforms from the list.");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses users of other areas and visitors", async () => {
    const before = await snapshot();
    for (const who of [null, "staff@example.com", "operator@example.com", "pending@example.com"]) {
      as(who);
      const state = await updateProfileAction({}, form({ ...(await currentFields()), contactName: "Intruder" }));
      expect(state).toMatchObject({ ok: false, message: expect.stringContaining("cannot be edited") });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answers any input with field errors or a save, never an exception", async () => {
    as("merchant@example.com");
    const original = await currentFields();
    const platformIds = (await db.platform.findMany({ select: { id: true } })).map((p) => p.id);
    const takenUscc = (await db.merchant.findFirstOrThrow({ where: { id: { not: merchantId } } })).uscc;
    const text = (keep: string, ...more: fc.Arbitrary<string>[]) =>
      fc.oneof(fc.constant(keep), fc.string({ unit: "binary", maxLength: 120 }), ...more);
    const fields = fc.record({
      nameZh: text(original.nameZh),
      nameEn: text(original.nameEn, fc.string({ maxLength: 250 })),
      uscc: text(original.uscc, fc.constant(takenUscc), fc.constant(original.uscc.toLowerCase())),
      contactName: text(original.contactName),
      contactPhone: text(original.contactPhone, fc.stringMatching(/^1[3-9]\d{9}$/)),
      platformIds: fc.oneof(
        fc.constant(original.platformIds),
        fc.array(fc.oneof(fc.constantFrom(...platformIds), fc.string()), { maxLength: 40 }),
      ),
      hsChapters: fc.array(fc.oneof(fc.constantFrom("01", "77", "85", "97", "98"), fc.string({ maxLength: 3 })), {
        maxLength: 12,
      }),
    });
    await fc.assert(
      fc.asyncProperty(fields, async (input) => {
        const before = await snapshot();
        let state;
        try {
          state = await updateProfileAction({}, form(input));
        } catch (error) {
          // A changed name or code sends the merchant back to review; undo that for the next run.
          expect(redirectTarget(error)).toBe("/merchant/status");
          const { nameZh, nameEn, uscc, contactName, contactPhone } = original;
          await db.merchant.update({
            where: { id: merchantId },
            data: { nameZh, nameEn, uscc, contactName, contactPhone, verificationStatus: "APPROVED" },
          });
          return;
        }
        if (state.ok) return;
        expect(Object.keys(state.fieldErrors ?? {}).length).toBeGreaterThan(0);
        for (const message of Object.values(state.fieldErrors ?? {})) expect(message).toMatch(/\S/);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 60 },
    );
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).verificationStatus).toBe("APPROVED");
  });
});

describe("the logo", () => {
  const png = (size: number) => {
    const bytes = new Uint8Array(size);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return bytes;
  };
  const upload = (bytes: Uint8Array<ArrayBuffer>, type = "image/png") => {
    const f = new FormData();
    f.set("logo", new File([bytes], "logo.png", { type }));
    return uploadLogoAction({}, f);
  };
  const request = () => new Request(`http://localhost/api/merchants/${merchantId}/logo`);
  const params = () => ({ params: Promise.resolve({ id: merchantId }) });

  it("recognises PNG, JPEG and WebP by their first bytes only", () => {
    expect(detectLogoType(png(16))).toBe("image/png");
    expect(detectLogoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("image/jpeg");
    expect(detectLogoType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(detectLogoType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectLogoType(new TextEncoder().encode("GIF89a"))).toBeNull();
  });

  it("refuses a file whose bytes are not an image, whatever type it declares", async () => {
    as("merchant@example.com");
    const state = await upload(new TextEncoder().encode("<html><script>alert(1)</script></html>"), "image/png");
    expect(state).toEqual({ ok: false, fieldErrors: { logo: "This file is not a PNG, JPEG or WebP image." } });
    expect(await db.merchantLogo.count({ where: { merchantId } })).toBe(0);
  });

  it("refuses a file over 512 KB", async () => {
    as("merchant@example.com");
    const state = await upload(png(LOGO_MAX_BYTES + 1));
    expect(state).toEqual({
      ok: false,
      fieldErrors: { logo: "The image is larger than 512 KB. Choose a smaller one." },
    });
    expect(await db.merchantLogo.count({ where: { merchantId } })).toBe(0);
  });

  it("stores a valid logo, serves it to signed-in users only, and removes it", async () => {
    as(null);
    expect((await getLogo(request(), params())).status).toBe(401);
    as("staff@example.com");
    expect((await getLogo(request(), params())).status).toBe(404);

    as("merchant@example.com");
    const bytes = png(LOGO_MAX_BYTES);
    expect(await upload(bytes, "application/octet-stream")).toEqual({ ok: true, message: "The logo was saved." });
    expect(await db.auditLog.count({ where: { entityId: merchantId, action: "merchant.logo_update" } })).toBe(1);

    as("operator@example.com");
    const res = await getLogo(request(), params());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    as("member");
    expect(await removeLogoAction({}, new FormData())).toEqual({ ok: true, message: "The logo was removed." });
    expect(await db.merchantLogo.count({ where: { merchantId } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: merchantId, action: "merchant.logo_remove" } })).toBe(1);
  });

  it("is refused to users of other areas", async () => {
    as("staff@example.com");
    expect(await upload(png(100))).toMatchObject({ ok: false });
    expect(await db.merchantLogo.count()).toBe(0);
  });
});

describe("changing the company's identity", () => {
  it("sends a new USCC back to review, notifies staff and the park's operators, and redirects", async () => {
    as("merchant@example.com");
    const uscc = await freeUscc();
    const before = Date.now();
    // The property test above may have sent some already.
    const earlier = (
      await db.notification.findMany({ where: { kind: "merchant_resubmitted" }, select: { id: true } })
    ).map((n) => n.id);
    const earlierAudit = (await db.auditLog.findMany({ where: { entityId: merchantId }, select: { id: true } })).map(
      (a) => a.id,
    );
    let target: string | null = null;
    try {
      await updateProfileAction({}, form({ ...(await currentFields()), uscc: uscc.toLowerCase() }));
    } catch (error) {
      target = redirectTarget(error);
    }
    expect(target).toBe("/merchant/status");
    const m = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    expect(m).toMatchObject({ uscc, verificationStatus: "PENDING", decisionReason: null });
    expect(m.submittedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const notified = await db.notification.findMany({
      where: { kind: "merchant_resubmitted", id: { notIn: earlier } },
      select: { userId: true, params: true, link: true },
    });
    const staffAndOperators = await db.user.findMany({
      where: { disabled: false, OR: [{ role: "STAFF" }, { role: "PARK_OPERATOR", parkId: xiyongId }] },
      select: { id: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual(staffAndOperators.map((u) => u.id).sort());
    expect(notified.map((n) => n.userId)).toEqual(
      expect.arrayContaining([ids["staff@example.com"], ids["operator@example.com"]]),
    );
    expect(JSON.parse(notified[0].params)).toEqual({ company: m.nameZh });
    expect(notified[0].link).toBe(`/admin/merchants/${merchantId}`);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: merchantId, action: "merchant.profile_resubmit", id: { notIn: earlierAudit } },
    });
    expect(JSON.parse(audit.details)).toMatchObject({ changed: ["uscc"] });

    // The merchant area is closed until staff approve again.
    const state = await updateProfileAction({}, form({ ...(await currentFields()), contactName: "再改一次" }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("cannot be edited") });
  });
});
