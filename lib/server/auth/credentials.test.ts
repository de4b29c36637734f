import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { checkCredentials } = await import("./credentials");
const { hashPassword } = await import("./password");
const { sessionAuthHash } = await import("./session-hash");

const PASSWORD = "the demo passphrase";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
});
afterAll(() => db.$disconnect());

const check = (email: unknown, password: unknown, ip = "203.0.113.7") => checkCredentials(db, { email, password, ip });

describe("checking a sign-in", () => {
  it("accepts the right password, whatever the email's case, with the session's password fingerprint", async () => {
    const result = await check("  Staff@Example.com ", PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { email: "staff@example.com", role: "STAFF" } });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { email: "staff@example.com" },
      select: { passwordHash: true },
    });
    expect(result.ok && result.user.authHash).toBe(sessionAuthHash(passwordHash));
  });

  it("answers a wrong password, an unknown account and malformed input the same way", async () => {
    for (const [email, password] of [
      ["operator@example.com", "not the password"],
      ["nobody@example.com", PASSWORD],
      ["staff\u0000@example.com", PASSWORD],
      ["", PASSWORD],
      [42, PASSWORD],
      ["staff@example.com", "x".repeat(129)],
    ] as const) {
      expect(await check(email, password, "198.51.100.1")).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("stops an account after five failures, even for the right password, until the window passes", async () => {
    for (let i = 0; i < 5; i++)
      expect(await check("pending@example.com", "wrong guess", `192.0.2.${i}`)).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    expect(await check("pending@example.com", PASSWORD, "192.0.2.99")).toEqual({ ok: false, reason: "rate_limited" });
  });
});
