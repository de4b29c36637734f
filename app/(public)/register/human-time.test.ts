// Registration in human time (ASVS 11.1.2): sent too soon after the form was
// shown, or with a missing or forged signed time, it is refused with what was
// typed kept (but the password), creates nothing and is security-logged.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redirectTarget } from "@/lib/testing/next-stubs";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-for": "203.0.113.90" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { usccCheckChar } = await import("@/lib/validation/uscc");
const { formShownAt } = await import("@/lib/server/forms/human-time");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { registerAction } = await import("@/app/(public)/register/actions");

let xiyongId = "";
let platformId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  xiyongId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  platformId = (await db.platform.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).id;
});
afterAll(() => db.$disconnect());

function form(shownAt: string | null) {
  const first17 = "91500108MA4000001";
  const fields: Record<string, string> = {
    nameZh: "重庆人速测试贸易有限公司",
    uscc: first17 + usccCheckChar(first17),
    parkId: xiyongId,
    platformIds: platformId,
    hsChapters: "85",
    contactName: "周敏",
    contactPhone: "13800138000",
    email: "human.time@example.com",
    password: "a long enough passphrase",
    privacyConsent: "on",
  };
  if (shownAt !== null) fields.formShownAt = shownAt;
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function submit(f: FormData) {
  try {
    return { state: await registerAction({}, f) };
  } catch (error) {
    const redirect = redirectTarget(error);
    if (redirect !== null) return { redirect };
    throw error;
  }
}

const written = async () => ({
  users: await db.user.count({ where: { email: "human.time@example.com" } }),
  merchants: await db.merchant.count({ where: { nameZh: "重庆人速测试贸易有限公司" } }),
});

describe("registration's timing", () => {
  it("refuses a form sent sooner than FORM_MIN_SECONDS, keeps what was typed, creates nothing, logs it", async () => {
    const spy = vi.spyOn(console, "info");
    try {
      const result = await submit(form(formShownAt("register")));
      expect(result).toMatchObject({
        state: {
          ok: false,
          message: "The form was sent too quickly after it opened. Check what you entered and send it again.",
          values: { nameZh: "重庆人速测试贸易有限公司", email: "human.time@example.com" },
        },
      });
      expect(JSON.stringify(result)).not.toContain("a long enough passphrase");
      const logged = spy.mock.calls.map(([line]) => String(line)).filter((l) => l.includes('"form.tooFast"'));
      expect(logged.map((l) => JSON.parse(l))).toContainEqual(
        expect.objectContaining({ form: "register", reason: "tooFast" }),
      );
    } finally {
      spy.mockRestore();
    }
    expect(await written()).toEqual({ users: 0, merchants: 0 });
  });

  it("refuses a missing or forged time", async () => {
    const stale = "This form has expired or could not be verified. Check what you entered and send it again.";
    expect(await submit(form(null))).toMatchObject({ state: { ok: false, message: stale } });
    const [, sig] = formShownAt("register").split(".");
    expect(await submit(form(`${Date.now() - 30_000}.${sig}`))).toMatchObject({ state: { ok: false, message: stale } });
    expect(await submit(form(shownSecondsAgo("passwordReset")))).toMatchObject({
      state: { ok: false, message: stale },
    });
    expect(await written()).toEqual({ users: 0, merchants: 0 });
  });

  it("accepts a form sent a realistic time after it was shown", async () => {
    expect(await submit(form(shownSecondsAgo("register", 30)))).toEqual({ redirect: "/register/sent" });
    expect(await written()).toEqual({ users: 1, merchants: 1 });
  });
});
