import { afterAll, beforeAll, describe, expect, it } from "vitest";

// SMTP_URL is read once, so it is set before the mail module loads.
const { startSmtpSink, decodedBody } = await import("@/lib/testing/smtp-sink");
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

const { db } = await import("@/lib/server/db");
const { seedDemo, DEMO_TOTP_SECRET } = await import("@/lib/seed/demo");
const { hashPassword } = await import("./password");
const { authorizeSignIn } = await import("./sign-in");
const { totpCodeAt, newTotpSecret, decryptTotpSecret, TOTP_PERIOD_SECONDS } = await import("./totp");
const { confirmSecondFactor, disableSecondFactor, getSecondFactor, renewRecoveryCodes } =
  await import("@/lib/server/account/second-factor");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");
const { createSession } = await import("./sessions");

const PASSWORD = "the demo passphrase";
const rules = { windowSeconds: 900, maxPerPair: 5, maxPerIp: 50, slowdownAfter: 100, maxDelayMs: 0 };
const opts = (now = new Date()) => ({ rules, wait: async () => {}, now });
let ipSerial = 0;
/** Each test its own address, so that one test's failures do not throttle the next. */
const freshIp = () => `203.0.113.${++ipSerial}`;
const headersFor = (ip: string) => new Headers({ "x-forwarded-for": ip, "x-request-id": `mfa-test-${ipSerial}` });
const signIn = (credentials: Record<string, unknown>, ip: string, now?: Date) =>
  authorizeSignIn(db, credentials, headersFor(ip), opts(now));

let staffId = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
  staffId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
  await sink.close();
});

/** The password step for the demo staff account: the challenge the form gets back. */
async function passwordStep(ip: string, now?: Date): Promise<string> {
  const first = await signIn({ email: "staff@example.com", password: PASSWORD }, ip, now);
  if (first.ok || first.reason !== "second_factor")
    throw new Error(`expected a challenge, got ${JSON.stringify(first)}`);
  return first.challenge;
}

/** A moment in its own time step, well inside it, `n` steps from now (so tests never share a step). */
let stepOffset = 0;
const laterStep = () => new Date((Math.floor(Date.now() / 30_000) + 10 * ++stepOffset) * 30_000 + 10_000);

describe("signing in with a second factor (ASVS 2.8, 4.3.1)", () => {
  it("gives a staff member with the right password no session, only a challenge", async () => {
    const sessionsBefore = await db.session.count({ where: { userId: staffId } });
    const result = await signIn({ email: "staff@example.com", password: PASSWORD }, freshIp());
    expect(result).toMatchObject({ ok: false, reason: "second_factor", retry: false });
    // What Auth.js turns into a session is a user; a challenge is none.
    expect("user" in result).toBe(false);
    expect(await db.session.count({ where: { userId: staffId } })).toBe(sessionsBefore);
  });

  it("signs in with the password's challenge and the current code", async () => {
    const ip = freshIp();
    const now = laterStep();
    const challenge = await passwordStep(ip, now);
    const result = await signIn({ challenge, code: totpCodeAt(DEMO_TOTP_SECRET, now) }, ip, now);
    expect(result).toMatchObject({ ok: true, user: { id: staffId, role: "STAFF" } });
    expect(await db.auditLog.count({ where: { actorId: staffId, action: "account.mfa_sign_in" } })).toBeGreaterThan(0);
  });

  it("refuses a code already used, even with a new challenge", async () => {
    const ip = freshIp();
    const now = laterStep();
    const code = totpCodeAt(DEMO_TOTP_SECRET, now);
    expect(await signIn({ challenge: await passwordStep(ip, now), code }, ip, now)).toMatchObject({ ok: true });
    const again = await signIn({ challenge: await passwordStep(ip, now), code }, ip, now);
    expect(again).toMatchObject({ ok: false, reason: "second_factor", retry: true });
    // The previous step's code is older still: refused as well.
    const earlier = totpCodeAt(DEMO_TOTP_SECRET, new Date(now.getTime() - TOTP_PERIOD_SECONDS * 1000));
    const older = await signIn({ challenge: await passwordStep(ip, now), code: earlier }, ip, now);
    expect(older).toMatchObject({ ok: false, reason: "second_factor", retry: true });
  });

  it("refuses a code made from another secret, and a forged challenge", async () => {
    const ip = freshIp();
    const now = laterStep();
    const challenge = await passwordStep(ip, now);
    const result = await signIn({ challenge, code: totpCodeAt(newTotpSecret(), now) }, ip, now);
    expect(result).toMatchObject({ ok: false, reason: "second_factor", retry: true });
    const forged = await signIn({ challenge: `${challenge.slice(0, -2)}AA`, code: "123456" }, ip, now);
    expect(forged).toEqual({ ok: false, reason: "challenge_expired" });
    expect(await db.auditLog.count({ where: { actorId: staffId, action: "account.mfa_failure" } })).toBeGreaterThan(0);
  });

  it("counts wrong codes against the sign-in limits", async () => {
    const ip = freshIp();
    const now = laterStep();
    const challenge = await passwordStep(ip, now);
    // The password step was one attempt of the pair; four wrong codes fill its five.
    for (let i = 0; i < rules.maxPerPair - 1; i++) {
      expect(await signIn({ challenge, code: "000000" }, ip, now)).toMatchObject({ reason: "second_factor" });
    }
    const right = totpCodeAt(DEMO_TOTP_SECRET, now);
    expect(await signIn({ challenge, code: right }, ip, now)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("accepts a recovery code once, and mails the owner how many are left", async () => {
    const user = await db.user.create({
      data: {
        email: "recovery@example.com",
        name: "Recovery",
        passwordHash: await hashPassword(PASSWORD),
        role: "STAFF",
        locale: "en",
      },
    });
    const enrolment = await getSecondFactor(db, { userId: user.id });
    if (!enrolment || enrolment.enabled) throw new Error("expected an enrolment");
    const enrolledAt = laterStep();
    const confirmed = await confirmSecondFactor(
      db,
      { userId: user.id, sessionId: null },
      totpCodeAt(enrolment.secret, enrolledAt),
      enrolledAt,
    );
    if (!confirmed.ok) throw new Error("enrolment failed");
    expect(confirmed.recoveryCodes).toHaveLength(10);
    const [code] = confirmed.recoveryCodes;
    // Stored hashed: no row holds the code.
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.every((r) => !r.codeHash.includes(code.replace("-", "")))).toBe(true);

    const ip = freshIp();
    const step = async () => {
      const first = await signIn({ email: "recovery@example.com", password: PASSWORD }, ip);
      if (first.ok || first.reason !== "second_factor") throw new Error("expected a challenge");
      return first.challenge;
    };
    const before = sink.received.length;
    expect(await signIn({ challenge: await step(), code: code.toUpperCase() }, ip)).toMatchObject({ ok: true });
    expect(await signIn({ challenge: await step(), code }, ip)).toMatchObject({ ok: false, retry: true });
    await runQueuedJobs();
    await expect.poll(() => sink.received.length).toBe(before + 1);
    const mail = sink.received[before];
    expect(mail.to).toEqual(["recovery@example.com"]);
    expect(decodedBody(mail.raw)).toContain("You have 9 recovery codes left.");
    expect(decodedBody(mail.raw)).not.toContain(code);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: user.id, action: "account.mfa_recovery_use" },
    });
    expect(JSON.parse(audit.details)).toEqual({ recoveryCodesLeft: 9 });
  });
});

describe("managing the second factor (ASVS 3.7.1)", () => {
  it("renews recovery codes and turns TOTP off only with the current password and a code", async () => {
    const user = await db.user.create({
      data: {
        email: "manage@example.com",
        name: "Manage",
        passwordHash: await hashPassword(PASSWORD),
        role: "MERCHANT",
      },
    });
    const who = { userId: user.id, sessionId: null };
    const enrolment = await getSecondFactor(db, who);
    if (!enrolment || enrolment.enabled) throw new Error("expected an enrolment");
    const at = laterStep();
    const first = await confirmSecondFactor(db, who, totpCodeAt(enrolment.secret, at), at);
    if (!first.ok) throw new Error("enrolment failed");

    const next = new Date(at.getTime() + 60_000);
    const code = totpCodeAt(enrolment.secret, next);
    expect(await renewRecoveryCodes(db, who, { password: "not the password", code }, next)).toEqual({ ok: false });
    expect(await disableSecondFactor(db, who, { password: PASSWORD, code: "000000" }, next)).toEqual({ ok: false });
    const renewed = await renewRecoveryCodes(db, who, { password: PASSWORD, code }, next);
    if (!renewed.ok) throw new Error("renewal failed");
    // The old codes stop working; a new one passes the step that turns TOTP off.
    const later = new Date(next.getTime() + 60_000);
    expect(await disableSecondFactor(db, who, { password: PASSWORD, code: first.recoveryCodes[0] }, later)).toEqual({
      ok: false,
    });
    expect(await disableSecondFactor(db, who, { password: PASSWORD, code: renewed.recoveryCodes[0] }, later)).toEqual({
      ok: true,
    });
    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpSecretEncrypted: true, totpEnabledAt: true },
    });
    expect(after).toEqual({ totpSecretEncrypted: null, totpEnabledAt: null });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the TOTP secret at rest (ASVS 6.2)", () => {
  it("is stored encrypted for its user, never as the base32 secret", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: staffId }, select: { totpSecretEncrypted: true } });
    const stored = row.totpSecretEncrypted!;
    expect(stored).not.toContain(DEMO_TOTP_SECRET);
    expect(stored.startsWith("v1.")).toBe(true);
    expect(decryptTotpSecret(stored, staffId)).toBe(DEMO_TOTP_SECRET);
    // Copied onto another user, it does not decrypt (the user's id is bound in).
    expect(decryptTotpSecret(stored, "someone-else")).toBeNull();
  });

  it("is not shown again once TOTP is on", async () => {
    expect(await getSecondFactor(db, { userId: staffId })).toEqual({ enabled: true, recoveryCodesLeft: 0 });
  });
});

describe("sessions when the second factor changes", () => {
  it("turning TOTP on, and off again, ends every other session of the user, not the one asking nor anyone else's", async () => {
    const user = await db.user.create({
      data: {
        email: "sessions-mfa@example.com",
        name: "Sessions",
        passwordHash: await hashPassword(PASSWORD),
        role: "MERCHANT",
      },
    });
    const open = async (id: string) => (await db.session.findUniqueOrThrow({ where: { id } })).revokedAt === null;
    const here = await createSession(db, user.id);
    const laptop = await createSession(db, user.id);
    const someoneElse = await createSession(db, staffId);
    const who = { userId: user.id, sessionId: here };
    const enrolment = await getSecondFactor(db, who);
    if (!enrolment || enrolment.enabled) throw new Error("expected an enrolment");
    const at = laterStep();
    expect((await confirmSecondFactor(db, who, totpCodeAt(enrolment.secret, at), at)).ok).toBe(true);
    expect([await open(here), await open(laptop), await open(someoneElse)]).toEqual([true, false, true]);
    const enabled = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "account.mfa_enable" } });
    expect(JSON.parse(enabled.details)).toEqual({ endedSessions: 1 });

    // A wrong code ends nothing; the right one, with the password, turns TOTP off and ends the phone's session.
    const phone = await createSession(db, user.id);
    const next = new Date(at.getTime() + 60_000);
    expect(await disableSecondFactor(db, who, { password: PASSWORD, code: "000000" }, next)).toEqual({ ok: false });
    expect(await open(phone)).toBe(true);
    expect(
      await disableSecondFactor(db, who, { password: PASSWORD, code: totpCodeAt(enrolment.secret, next) }, next),
    ).toEqual({ ok: true });
    expect([await open(here), await open(phone), await open(someoneElse)]).toEqual([true, false, true]);
    const disabled = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "account.mfa_disable" } });
    expect(JSON.parse(disabled.details)).toEqual({ endedSessions: 1 });
  });
});
