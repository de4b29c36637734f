import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { checkCredentials } = await import("./credentials");
const { clientIp } = await import("./client-ip");
const { hashPassword } = await import("./password");

const PASSWORD = "the demo passphrase";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
});
afterAll(() => db.$disconnect());

// Small limits, and waits recorded instead of slept.
const rules = { windowSeconds: 900, maxPerPair: 5, maxPerIp: 12, slowdownAfter: 3, maxDelayMs: 3000 };
let waits: number[] = [];
const wait = async (ms: number) => void waits.push(ms);
const check = (email: unknown, password: unknown, ip = "203.0.113.7", now?: Date) =>
  checkCredentials(db, { email, password, ip }, { rules, wait, now });
const INVALID = { ok: false, reason: "invalid" };
const REFUSED = { ok: false, reason: "rate_limited" };

describe("checking a sign-in", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const result = await check("  Staff@Example.com ", PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { email: "staff@example.com", role: "STAFF" } });
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

  it("lets the owner in from another address, only slowed down, however many failures others caused", async () => {
    // An attacker spreads 30 wrong guesses on one account over 6 addresses, five each.
    for (let a = 0; a < 6; a++)
      for (let i = 0; i < 5; i++)
        expect(await check("pending@example.com", "wrong guess", `192.0.2.${a}`)).toEqual(INVALID);
    waits = [];
    expect(await check("pending@example.com", PASSWORD, "198.51.100.200")).toMatchObject({ ok: true });
    // The account's count added a wait of at most a few seconds, and nothing more.
    expect(waits).toEqual([rules.maxDelayMs]);
    // Once in, the account's delay starts again.
    waits = [];
    expect(await check("pending@example.com", PASSWORD, "198.51.100.201")).toMatchObject({ ok: true });
    expect(waits).toEqual([]);
  });

  it("slows down, then refuses, one address guessing one account, with the same answer for any account", async () => {
    const ip = "192.0.2.150";
    waits = [];
    for (let i = 0; i < rules.maxPerPair; i++)
      expect(await check("merchant@example.com", "wrong guess", ip)).toEqual(INVALID);
    // Past three failures each attempt waited, doubling.
    expect(waits).toEqual([250, 500]);
    // That pair is refused now, even the right password, until the window passes.
    expect(await check("merchant@example.com", PASSWORD, ip)).toEqual(REFUSED);
    const later = new Date(Date.now() + rules.windowSeconds * 1000 + 1000);
    // Refused before the account is looked up: an unknown account answers alike.
    for (let i = 0; i < rules.maxPerPair; i++) await check("ghost@example.com", "wrong guess", ip);
    expect(await check("ghost@example.com", PASSWORD, ip)).toEqual(REFUSED);
    // Meanwhile the owner, elsewhere, gets in; and after the window so does this address.
    expect(await check("merchant@example.com", PASSWORD, "198.51.100.202")).toMatchObject({ ok: true });
    expect(await check("merchant@example.com", PASSWORD, ip, later)).toMatchObject({ ok: true });
  });

  it("refuses an address spraying many accounts, for every account, until the window passes", async () => {
    const ip = "192.0.2.160";
    waits = [];
    for (let i = 0; i < rules.maxPerIp; i++)
      expect(await check(`sprayed${i}@example.com`, "Password1!", ip)).toEqual(INVALID);
    // An address (perhaps a whole office) waits only from half-way to its refusal.
    expect(waits).toEqual([250, 500, 1000, 2000, 3000, 3000]);
    expect(await check("staff@example.com", PASSWORD, ip)).toEqual(REFUSED);
    expect(await check("nobody-yet@example.com", PASSWORD, ip)).toEqual(REFUSED);
    expect(await check("staff@example.com", PASSWORD, "198.51.100.203")).toMatchObject({ ok: true });
    const later = new Date(Date.now() + rules.windowSeconds * 1000 + 1000);
    expect(await check("staff@example.com", PASSWORD, ip, later)).toMatchObject({ ok: true });
  });

  it("holds the pair limit against many guesses sent at once", async () => {
    const ip = "192.0.2.170";
    // The address limit is out of the way here: with both counters racing, which request reaches the
    // address limit first is a matter of ordering (on PostgreSQL), and this test is about the pair.
    const pairOnly = { ...rules, maxPerIp: 1000 };
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        checkCredentials(
          db,
          { email: "operator@example.com", password: `parallel guess ${i}`, ip },
          { rules: pairOnly, wait },
        ),
      ),
    );
    expect(answers.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(rules.maxPerPair);
    expect(answers.filter((a) => !a.ok && a.reason === "rate_limited")).toHaveLength(20 - rules.maxPerPair);
  });

  it("does not count good sign-ins against a shared address", async () => {
    const ip = "192.0.2.180";
    // An account without a second factor: with one, only the code completes a sign-in (second-factor.test.ts).
    for (let i = 0; i < rules.maxPerIp + 3; i++)
      expect(await check("merchant@example.com", PASSWORD, ip)).toMatchObject({ ok: true, secondFactor: false });
    expect(await check("nobody-here@example.com", PASSWORD, ip)).toEqual(INVALID);
  });

  it("does not let a client escape the address limit by rotating X-Forwarded-For (TRUST_PROXY unset)", async () => {
    // What the portal's server hands on: the client's own header, then the socket address it appended.
    const from = (claimed: string) => clientIp(new Headers({ "x-forwarded-for": `${claimed}, 203.0.113.99` }), 0);
    for (let i = 0; i < rules.maxPerIp; i++)
      expect(await check(`rotating${i}@example.com`, "Password1!", from(`10.9.${i}.1`))).toEqual(INVALID);
    expect(await check("staff@example.com", PASSWORD, from("10.9.200.1"))).toEqual(REFUSED);
  });

  it("with TRUST_PROXY=1, counts the address the proxy appended, not the client's claim", async () => {
    // client claim, the address our proxy saw (appended by it), the proxy's own socket address
    const viaProxy = (claimed: string, seen: string) =>
      clientIp(new Headers({ "x-forwarded-for": `${claimed}, ${seen}, 10.0.0.2` }), 1);
    for (let i = 0; i < rules.maxPerIp; i++)
      expect(await check(`proxied${i}@example.com`, "Password1!", viaProxy(`10.8.${i}.1`, "198.51.100.50"))).toEqual(
        INVALID,
      );
    expect(await check("staff@example.com", PASSWORD, viaProxy("10.8.200.1", "198.51.100.50"))).toEqual(REFUSED);
    // Another client behind the same proxy is its own address.
    expect(await check("staff@example.com", PASSWORD, viaProxy("10.8.200.1", "198.51.100.51"))).toMatchObject({
      ok: true,
    });
  });
});

describe("the stored password hash", () => {
  const user = (email: string, passwordHash: string) =>
    db.user.create({ data: { email, name: "Hash test", passwordHash, role: "STAFF" } });
  const hashOf = async (id: string) =>
    (await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

  it("takes two passwords sharing their first 72 bytes as different passwords (no truncation)", async () => {
    // 64 Chinese characters are 192 UTF-8 bytes; bcrypt alone reads only 72 of them.
    const shared = "重庆跨境电商园区".repeat(8);
    await user("long@example.com", await hashPassword(shared + "甲"));
    expect(await check("long@example.com", shared + "甲", "198.51.100.70")).toMatchObject({ ok: true });
    expect(await check("long@example.com", shared + "乙", "198.51.100.71")).toEqual(INVALID);
    expect(await check("long@example.com", shared, "198.51.100.72")).toEqual(INVALID);
  });

  it("signs in with a legacy bcrypt hash and replaces it with the current scheme, once", async () => {
    const bcrypt = (await import("bcryptjs")).default;
    const legacy = await bcrypt.hash(PASSWORD, 4);
    const { id } = await user("legacy@example.com", legacy);
    expect(await check("legacy@example.com", "not the password", "198.51.100.80")).toEqual(INVALID);
    expect(await hashOf(id)).toBe(legacy);

    expect(await check("legacy@example.com", PASSWORD, "198.51.100.81")).toMatchObject({ ok: true });
    const upgraded = await hashOf(id);
    expect(upgraded).not.toBe(legacy);
    expect(upgraded.startsWith("$sha256$$2b$11$")).toBe(true);

    expect(await check("legacy@example.com", PASSWORD, "198.51.100.82")).toMatchObject({ ok: true });
    expect(await hashOf(id)).toBe(upgraded);
    expect(await check("legacy@example.com", "not the password", "198.51.100.83")).toEqual(INVALID);
  });
});
