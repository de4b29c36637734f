import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { hashPassword } = await import("./password");
const { authorizeSignIn } = await import("./sign-in");
const { openChallenge } = await import("./second-factor");
const { loadSessionUser, needsSecondFactorEnrolment } = await import("./session-user");
const { softAuthenticator } = await import("@/lib/testing/webauthn-authenticator");
const webauthn = await import("./webauthn");

const PASSWORD = "the demo passphrase";
const rules = { windowSeconds: 900, maxPerPair: 50, maxPerIp: 500, slowdownAfter: 100, maxDelayMs: 0 };
let ipSerial = 0;
const freshIp = () => `198.51.100.${++ipSerial}`;
const signIn = (credentials: Record<string, unknown>, ip: string) =>
  authorizeSignIn(db, credentials, new Headers({ "x-forwarded-for": ip }), { rules, wait: async () => {} });

let serial = 0;
/** A fresh account of its own, with the test password and no second factor. */
async function newUser(role: "MERCHANT" | "PARK_OPERATOR" = "MERCHANT") {
  const park = role === "PARK_OPERATOR" ? await db.park.findFirstOrThrow({ select: { id: true } }) : null;
  return db.user.create({
    data: {
      email: `key-${++serial}@example.com`,
      name: `Key user ${serial}`,
      passwordHash: await hashPassword(PASSWORD),
      role,
      parkId: park?.id ?? null,
    },
    select: { id: true, email: true, name: true },
  });
}

/** Registers a soft authenticator for the user through the real options and verification. */
async function withKey(user: { id: string; email: string; name: string }, name = "YubiKey") {
  const key = softAuthenticator();
  const options = await webauthn.registrationOptions(db, user);
  const result = await webauthn.registerSecurityKey(db, user.id, {
    response: key.register(options, webauthn.relyingParty().origin),
    name,
  });
  expect(result).toMatchObject({ ok: true });
  return key;
}

beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("security keys as a second factor (WebAuthn, ASVS 2.3.2)", () => {
  it("takes the relying party from the configured public origin, not from a request", () => {
    const rp = webauthn.relyingParty();
    expect(rp.origin).toBe(new URL(process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).origin);
    expect(rp.id).toBe(new URL(rp.origin).hostname);
  });

  it("registers a key with its name, and lists it with no use yet", async () => {
    const user = await newUser();
    const key = await withKey(user, "Office key");
    const stored = await db.webAuthnCredential.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ credentialId: key.credentialId, name: "Office key", transports: "usb" });
    expect(await webauthn.listSecurityKeys(db, user.id)).toEqual([
      expect.objectContaining({ name: "Office key", lastUsedAt: null }),
    ]);
  });

  it("refuses a registration signed for another origin or relying party", async () => {
    const user = await newUser();
    const key = softAuthenticator();
    const options = await webauthn.registrationOptions(db, user);
    const evil = key.register(options, "https://evil.example");
    expect(await webauthn.registerSecurityKey(db, user.id, { response: evil, name: "k" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const otherRp = await webauthn.registrationOptions(db, user);
    const wrongRp = key.register({ ...otherRp, rp: { id: "evil.example" } }, webauthn.relyingParty().origin);
    expect(await webauthn.registerSecurityKey(db, user.id, { response: wrongRp, name: "k" })).toMatchObject({
      ok: false,
    });
    expect(await db.webAuthnCredential.count({ where: { userId: user.id } })).toBe(0);
  });

  it("uses a registration challenge once, and only for the user it was made for", async () => {
    const user = await newUser();
    const other = await newUser();
    const key = softAuthenticator();
    const options = await webauthn.registrationOptions(db, user);
    const response = key.register(options, webauthn.relyingParty().origin);
    // Another account cannot complete this user's challenge.
    expect(await webauthn.registerSecurityKey(db, other.id, { response, name: "k" })).toMatchObject({ ok: false });
    expect(await webauthn.registerSecurityKey(db, user.id, { response, name: "k" })).toMatchObject({ ok: true });
    const again = softAuthenticator();
    const replay = again.register(options, webauthn.relyingParty().origin);
    expect(await webauthn.registerSecurityKey(db, user.id, { response: replay, name: "k2" })).toMatchObject({
      ok: false,
    });
  });

  it("asks a user with a key and no TOTP for it, and signs in with the assertion", async () => {
    const user = await newUser();
    const key = await withKey(user);
    const first = await signIn({ email: user.email, password: PASSWORD }, freshIp());
    if (first.ok || first.reason !== "second_factor") throw new Error("expected a challenge");
    const options = await webauthn.signInAssertionOptions(db, openChallenge(first.challenge)!);
    expect(options?.allowCredentials?.map((c) => c.id)).toEqual([key.credentialId]);
    key.counter = 1;
    const assertion = key.assert(options!, webauthn.relyingParty().origin);
    const second = await signIn({ challenge: first.challenge, assertion }, freshIp());
    expect(second).toMatchObject({ ok: true, user: { id: user.id } });
    const stored = await db.webAuthnCredential.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.counter).toBe(1n);
    expect(stored.lastUsedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "account.mfa_sign_in" } })).toBe(1);
  });

  it("refuses a wrong assertion at sign-in as a wrong code: a retry, counted and audited", async () => {
    const user = await newUser();
    const key = await withKey(user);
    const first = await signIn({ email: user.email, password: PASSWORD }, freshIp());
    if (first.ok || first.reason !== "second_factor") throw new Error("expected a challenge");
    const options = await webauthn.signInAssertionOptions(db, user.id);
    const assertion = key.assert(options!, "https://evil.example");
    const failures = () =>
      db.rateLimitBucket.findUnique({ where: { key: `login:account:${user.email}` } }).then((b) => b?.count ?? 0);
    const before = await failures();
    const second = await signIn({ challenge: first.challenge, assertion }, freshIp());
    expect(second).toMatchObject({ ok: false, reason: "second_factor", retry: true });
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "account.mfa_failure" } })).toBe(1);
    // Counted against the sign-in limits, as a wrong code is.
    expect(await failures()).toBe(before + 1);
  });

  it("refuses an assertion for another origin or relying party id", async () => {
    const user = await newUser();
    const key = await withKey(user);
    key.counter = 5;
    const o1 = await webauthn.signInAssertionOptions(db, user.id);
    expect(await webauthn.checkSecurityKey(db, user.id, key.assert(o1!, "http://evil.example:3000"))).toBe(false);
    const o2 = await webauthn.signInAssertionOptions(db, user.id);
    const wrongRp = key.assert({ ...o2!, rpId: "evil.example" }, webauthn.relyingParty().origin);
    expect(await webauthn.checkSecurityKey(db, user.id, wrongRp)).toBe(false);
    const o3 = await webauthn.signInAssertionOptions(db, user.id);
    expect(await webauthn.checkSecurityKey(db, user.id, key.assert(o3!, webauthn.relyingParty().origin))).toBe(true);
  });

  it("refuses a signature counter that goes backwards or stays put (a cloned key)", async () => {
    const user = await newUser();
    const key = await withKey(user);
    const origin = webauthn.relyingParty().origin;
    key.counter = 10;
    const o1 = await webauthn.signInAssertionOptions(db, user.id);
    expect(await webauthn.checkSecurityKey(db, user.id, key.assert(o1!, origin))).toBe(true);
    key.counter = 9;
    const o2 = await webauthn.signInAssertionOptions(db, user.id);
    expect(await webauthn.checkSecurityKey(db, user.id, key.assert(o2!, origin))).toBe(false);
    key.counter = 10;
    const o3 = await webauthn.signInAssertionOptions(db, user.id);
    expect(await webauthn.checkSecurityKey(db, user.id, key.assert(o3!, origin))).toBe(false);
    const stored = await db.webAuthnCredential.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.counter).toBe(10n);
  });

  it("refuses another user's key, even with that user's open challenge", async () => {
    const owner = await newUser();
    const other = await newUser();
    const key = await withKey(owner);
    await withKey(other);
    key.counter = 3;
    const options = await webauthn.signInAssertionOptions(db, other.id);
    expect(await webauthn.checkSecurityKey(db, other.id, key.assert(options!, webauthn.relyingParty().origin))).toBe(
      false,
    );
  });

  it("uses a sign-in challenge once: the same assertion replayed is refused", async () => {
    const user = await newUser();
    const key = await withKey(user);
    // A key without a counter (always 0, as many passkeys): only the used-up challenge stops a replay.
    key.counter = 0;
    const options = await webauthn.signInAssertionOptions(db, user.id);
    const assertion = key.assert(options!, webauthn.relyingParty().origin);
    expect(await webauthn.checkSecurityKey(db, user.id, assertion)).toBe(true);
    expect(await webauthn.checkSecurityKey(db, user.id, assertion)).toBe(false);
  });

  it("refuses an ended challenge", async () => {
    const user = await newUser();
    const key = await withKey(user);
    key.counter = 1;
    const options = await webauthn.signInAssertionOptions(db, user.id, new Date(Date.now() - 6 * 60 * 1000));
    expect(await webauthn.checkSecurityKey(db, user.id, key.assert(options!, webauthn.relyingParty().origin))).toBe(
      false,
    );
  });

  it("counts a key as the second factor staff and park operators must have", async () => {
    const operator = await newUser("PARK_OPERATOR");
    const before = await loadSessionUser(db, { userId: operator.id, freshSignIn: true });
    expect(needsSecondFactorEnrolment(before!)).toBe(true);
    await withKey(operator);
    const after = await loadSessionUser(db, { userId: operator.id, freshSignIn: true });
    expect(needsSecondFactorEnrolment(after!)).toBe(false);
  });

  it("removes a key only for its owner", async () => {
    const owner = await newUser();
    const other = await newUser();
    await withKey(owner);
    const [key] = await webauthn.listSecurityKeys(db, owner.id);
    expect(await webauthn.removeSecurityKey(db, other.id, key.id)).toBe(false);
    expect(await db.auditLog.count({ where: { action: "account.security_key_remove" } })).toBe(0);
    expect(await webauthn.removeSecurityKey(db, owner.id, key.id)).toBe(true);
    expect(await db.webAuthnCredential.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("records adding and removing a key in the audit log, as it does turning TOTP on and off", async () => {
    const user = await newUser();
    await withKey(user, "Office key");
    const [key] = await webauthn.listSecurityKeys(db, user.id);
    expect(await webauthn.removeSecurityKey(db, user.id, key.id)).toBe(true);
    const entries = await db.auditLog.findMany({
      where: { actorId: user.id, entityId: user.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, details: true },
    });
    expect(entries.map((e) => [e.action, JSON.parse(e.details)])).toEqual([
      ["account.security_key_add", { name: "Office key" }],
      ["account.security_key_remove", { name: "Office key" }],
    ]);
  });

  it("refuses what is not a browser's answer, changing nothing", async () => {
    const user = await newUser();
    for (const response of ["", "{", "null", "[]", '{"id":1}', "x".repeat(20_000)]) {
      expect(await webauthn.registerSecurityKey(db, user.id, { response, name: "k" })).toMatchObject({ ok: false });
      expect(await webauthn.checkSecurityKey(db, user.id, response)).toBe(false);
    }
    expect(await db.webAuthnCredential.count({ where: { userId: user.id } })).toBe(0);
  });
});
