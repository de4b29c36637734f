import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { createSession } from "@/lib/server/auth/sessions";
import { loadSessionUser, needsSecondFactorEnrolment } from "@/lib/server/auth/session-user";
import { replaceRecoveryCodes } from "@/lib/server/auth/second-factor";
import { resetSecondFactor } from "./reset-second-factor";

const db = createPrismaClient(process.env.DATABASE_URL!);
beforeAll(() => seedDemo(db, { passwordHash: "not-used-here" }));
afterAll(() => db.$disconnect());

const userOf = (email: string) =>
  db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true },
  });

describe("resetSecondFactor (npm run db:reset-second-factor)", () => {
  it("turns TOTP off, deletes the recovery codes and security keys, ends every session, and audits it", async () => {
    const staff = await userOf("staff@example.com");
    expect(staff.totpEnabledAt).not.toBeNull();
    await replaceRecoveryCodes(db, staff.id);
    await db.webAuthnCredential.create({
      data: { userId: staff.id, credentialId: "lost-key", publicKey: Buffer.from([1, 2, 3]), name: "Lost key" },
    });
    const sessions = [await createSession(db, staff.id), await createSession(db, staff.id)];
    const operator = await userOf("operator@example.com");
    const operatorSession = await createSession(db, operator.id);

    expect(await resetSecondFactor(db, { email: " Staff@Example.com " })).toEqual({
      ok: true,
      email: "staff@example.com",
      role: "STAFF",
      recoveryCodes: 10,
      securityKeys: 1,
      endedSessions: 2,
    });
    expect(await userOf("staff@example.com")).toEqual({
      id: staff.id,
      totpSecretEncrypted: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    expect(await db.recoveryCode.count({ where: { userId: staff.id } })).toBe(0);
    expect(await db.webAuthnCredential.count({ where: { userId: staff.id } })).toBe(0);
    for (const sessionId of sessions) expect(await loadSessionUser(db, { userId: staff.id, sessionId })).toBeNull();
    // At the next sign-in, nothing of /admin opens before enrolment.
    const next = await loadSessionUser(db, { userId: staff.id, freshSignIn: true });
    expect(needsSecondFactorEnrolment(next!)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.mfa_reset", entityId: staff.id } });
    expect(audit.actorId).toBeNull();
    expect(JSON.parse(audit.details)).toEqual({ via: "db:reset-second-factor", endedSessions: 2 });
    // Nobody else is touched.
    expect((await userOf("operator@example.com")).totpEnabledAt).not.toBeNull();
    expect(await loadSessionUser(db, { userId: operator.id, sessionId: operatorSession })).not.toBeNull();
  });

  it("changes nothing for an unknown or malformed address", async () => {
    const before = await db.auditLog.count();
    expect(await resetSecondFactor(db, { email: "nobody@example.com" })).toEqual({ ok: false, reason: "unknown" });
    expect(await resetSecondFactor(db, { email: "not an email" })).toEqual({ ok: false, reason: "invalid" });
    expect(await resetSecondFactor(db, { email: undefined })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditLog.count()).toBe(before);
    expect((await userOf("operator@example.com")).totpEnabledAt).not.toBeNull();
  });
});
