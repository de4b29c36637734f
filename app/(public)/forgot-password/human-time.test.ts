// The password-reset request in human time (ASVS 11.1.2): a form sent too soon
// after it was shown, or without a genuine signed time, is refused with the
// address kept, writes no reset token and is security-logged.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-for": "198.51.100.77" }),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: () => undefined,
}));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { formShownAt } = await import("@/lib/server/forms/human-time");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { requestResetAction } = await import("@/app/(public)/forgot-password/actions");

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
});
afterAll(async () => {
  await db.$disconnect();
});

const send = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return requestResetAction({}, f);
};
const tokens = () => db.passwordToken.count();

describe("the password-reset request's timing", () => {
  it("refuses a form sent sooner than FORM_MIN_SECONDS after it was shown, keeps the address, writes nothing, logs it", async () => {
    const before = await tokens();
    const spy = vi.spyOn(console, "info");
    try {
      const state = await send({ email: "merchant@example.com", formShownAt: formShownAt("passwordReset") });
      expect(state.ok).toBe(false);
      expect(state.message).toBe(
        "The form was sent too quickly after it opened. Check what you entered and send it again.",
      );
      expect(state.values?.email).toBe("merchant@example.com");
      // A fresh signed time for the next try.
      expect(state.values?.formShownAt).toMatch(/^\d+\.[\w-]{43}$/);
      const logged = spy.mock.calls.map(([line]) => String(line)).filter((l) => l.includes('"form.tooFast"'));
      expect(logged.map((l) => JSON.parse(l))).toContainEqual(
        expect.objectContaining({ form: "passwordReset", reason: "tooFast", ip: "198.51.100.77" }),
      );
    } finally {
      spy.mockRestore();
    }
    expect(await tokens()).toBe(before);
  });

  it("refuses a missing or forged time", async () => {
    const before = await tokens();
    const stale = "This form has expired or could not be verified. Check what you entered and send it again.";
    expect((await send({ email: "merchant@example.com" })).message).toBe(stale);
    const [, sig] = formShownAt("passwordReset").split(".");
    expect((await send({ email: "merchant@example.com", formShownAt: `${Date.now() - 60_000}.${sig}` })).message).toBe(
      stale,
    );
    expect((await send({ email: "merchant@example.com", formShownAt: shownSecondsAgo("register") })).message).toBe(
      stale,
    );
    expect(await tokens()).toBe(before);
  });

  it("accepts a form sent a realistic time after it was shown", async () => {
    const before = await tokens();
    const state = await send({ email: "merchant@example.com", formShownAt: shownSecondsAgo("passwordReset", 5) });
    expect(state).toEqual({ ok: true, message: expect.any(String) });
    expect(await tokens()).toBe(before + 1);
  });
});
