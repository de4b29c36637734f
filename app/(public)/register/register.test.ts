import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub, redirectTarget } from "@/lib/testing/next-stubs";
import { startSmtpSink, decodedBody } from "@/lib/testing/smtp-sink";

// SMTP_URL is read once, so it is set before the mail module loads.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

// The request the action runs in: the host the links in the mail are built from.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined }),
}));
// Registration no longer signs anyone in; this stand-in proves it.
const signIn = vi.fn<(...args: unknown[]) => Promise<undefined>>(async () => undefined);
vi.mock("@/lib/server/auth/auth", () => ({ signIn }));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { usccCheckChar } = await import("@/lib/validation/uscc");
const { registerAction } = await import("@/app/(public)/register/actions");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { listRegistrationConflicts } = await import("@/lib/server/merchants/registration-conflicts");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

let xiyongId = "";
let platformId = "";
let serial = 0;

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  xiyongId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  platformId = (await db.platform.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).id;
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

function newUscc() {
  const first17 = `91500107MA${String(2000000 + serial++).slice(-7)}`;
  return first17 + usccCheckChar(first17);
}

function form(overrides: Record<string, string> = {}) {
  const f = new FormData();
  const fields = {
    nameZh: `重庆注册测试${serial}贸易有限公司`,
    nameEn: "",
    uscc: newUscc(),
    parkId: xiyongId,
    platformIds: platformId,
    hsChapters: "85",
    contactName: "周敏",
    contactPhone: "13800138000",
    email: `new.owner${serial}@example.com`,
    password: "a long enough passphrase",
    privacyConsent: "on",
    ...overrides,
  };
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** What the action answers: its state, or where its redirect leads. */
async function submit(f: FormData): Promise<{ redirect: string } | { state: unknown }> {
  // Sent as a person would, some seconds after the form was shown (lib/server/forms/human-time.ts).
  if (!f.has("formShownAt")) f.set("formShownAt", shownSecondsAgo("register"));
  try {
    return { state: await registerAction({}, f) };
  } catch (error) {
    const redirect = redirectTarget(error);
    if (redirect !== null) return { redirect };
    throw error;
  }
}

/** The mails sent to `address`, once the job queue has sent what the requests queued. */
const mailsTo = async (address: string) => {
  await runQueuedJobs();
  return sink.received.filter((m) => m.to.includes(address));
};

describe("registering a company", () => {
  it("answers a new email and a registered one the same way, and signs no one in", async () => {
    as(null);
    const fresh = await submit(form({ email: "brand.new@example.com", nameEn: "Brand New Trading Co., Ltd." }));
    const known = await submit(form({ email: "MERCHANT@example.com" }));
    expect(fresh).toEqual({ redirect: "/register/sent" });
    expect(known).toEqual(fresh);
    expect(signIn).not.toHaveBeenCalled();
  });

  it("creates the new owner's company and tells the new owner it was received", async () => {
    const owner = await db.user.findUniqueOrThrow({
      where: { email: "brand.new@example.com" },
      include: { membership: true },
    });
    expect(owner.membership?.role).toBe("OWNER");
    const [mail] = await mailsTo("brand.new@example.com");
    expect(mail.raw).toMatch(/Subject: We received the registration of Brand New Trading/);
    expect(decodedBody(mail.raw)).toContain(`http://localhost:${process.env.PORT || 3000}/login`);
  });

  it("keeps a Chongqing landline typed as +86 23 6000 0000 in E.164", async () => {
    as(null);
    const answer = await submit(form({ email: "landline@example.com", contactPhone: "+86 23 6000 0000" }));
    expect(answer).toEqual({ redirect: "/register/sent" });
    const merchant = await db.merchant.findFirstOrThrow({
      where: { memberships: { some: { user: { email: "landline@example.com" } } } },
    });
    expect(merchant.contactPhone).toBe("+862360000000");
  });

  it("refuses a phone that is no mainland number with a field error and writes nothing", async () => {
    as(null);
    const [users, merchants] = [await db.user.count(), await db.merchant.count()];
    const answer = await submit(form({ email: "bad.phone@example.com", contactPhone: "138 0013 80001" }));
    expect(answer).toMatchObject({
      state: { ok: false, fieldErrors: { contactPhone: expect.stringContaining("mainland mobile number") } },
    });
    expect([await db.user.count(), await db.merchant.count()]).toEqual([users, merchants]);
  });

  it("creates nothing for a registered email, tells its owner someone tried, and records the conflict", async () => {
    const merchant = await db.user.findUniqueOrThrow({
      where: { email: "merchant@example.com" },
      include: { membership: true },
    });
    expect(await db.merchant.count({ where: { memberships: { some: { userId: merchant.id } } } })).toBe(1);
    const [mail] = await mailsTo("merchant@example.com");
    expect(mail.raw).toMatch(/Subject: Someone tried to register with your email/);
    expect(decodedBody(mail.raw)).toContain(`http://localhost:${process.env.PORT || 3000}/forgot-password`);
    expect(
      await db.auditLog.count({
        where: { action: "merchant.register_conflict", entityType: "User", entityId: merchant.id },
      }),
    ).toBe(1);
  });

  it("names a USCC registered already, says how to reach the commission, and records the conflict", async () => {
    const holder = await db.merchant.findFirstOrThrow({ where: { verificationStatus: "APPROVED" } });
    const users = await db.user.count();
    for (const email of ["someone.else@example.com", "merchant@example.com"]) {
      const answer = await submit(form({ uscc: holder.uscc, email }));
      expect(answer).toMatchObject({
        state: { ok: false, fieldErrors: { uscc: expect.stringContaining("contact the commission's support desk") } },
      });
    }
    expect(await db.user.count()).toBe(users);
    expect(
      await db.auditLog.count({
        where: { action: "merchant.register_conflict", entityType: "Merchant", entityId: holder.id },
      }),
    ).toBe(2);
  });

  it("shows the conflicts to commission staff only", async () => {
    const staff = await listRegistrationConflicts(db, { role: "STAFF" });
    expect(staff.map((c) => c.kind).sort()).toEqual(["email", "uscc", "uscc"]);
    expect(staff.find((c) => c.kind === "uscc")?.existing).toMatchObject({ id: expect.any(String) });
    expect(await listRegistrationConflicts(db, { role: "PARK_OPERATOR" })).toEqual([]);
    expect(await listRegistrationConflicts(db, { role: "MERCHANT" })).toEqual([]);
  });
});

function as(who: string | null) {
  sessionStub.userId = who;
}
