import "server-only";
import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { sendMail } from "@/lib/server/mail/send-mail";
import { requestIdOf } from "@/lib/server/observability/log-error";
import { emailHash, logSecurityEvent } from "@/lib/server/observability/security-log";
import { hasNoControlCharacters } from "@/lib/validation/text";
import { clientIp } from "./client-ip";
import {
  checkCredentials,
  completeSignIn,
  normalizeEmail,
  type CredentialsOptions,
  type CredentialsResult,
} from "./credentials";
import { loginThrottleRules, recordLoginFailure, startLoginAttempt } from "./login-throttle";
import { recoveryCodeUsedMail } from "./recovery-code-mail";
import { checkSecondFactor, createChallenge, openChallenge, type SecondFactorCheck } from "./second-factor";
import { checkSecurityKey } from "./webauthn";

type SignedInUser = { id: string; email: string; name: string; role: string };

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "rate_limited" | "challenge_expired" }
  /** The password was right; the form asks for the code and sends `challenge` back with it. `retry`: a wrong code. */
  | { ok: false; reason: "second_factor"; challenge: string; retry: boolean };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A sign-in attempt from the sign-in form (Auth.js's `authorize`): checks the
 * credentials and logs the decision (OWASP ASVS 7.2.1) with the client's
 * address, the account's id when there is one, and a keyed hash of the email
 * typed; never the password. An account with TOTP on gets no session for the
 * password alone (ASVS 2.8, 4.3.1): the answer is a challenge, and a second
 * call with that challenge and the code (or a recovery code) signs in.
 */
export async function authorizeSignIn(
  db: Db,
  credentials: Partial<Record<string, unknown>> | undefined,
  requestHeaders: Headers,
  opts?: CredentialsOptions,
): Promise<SignInResult> {
  const ip = clientIp(requestHeaders);
  const requestId = requestIdOf(requestHeaders);
  if (typeof credentials?.challenge === "string" && credentials.challenge) {
    const code = typeof credentials.code === "string" ? credentials.code : "";
    // A security key's assertion (the browser's JSON) stands in for the code.
    const assertion = typeof credentials.assertion === "string" ? credentials.assertion : "";
    return completeSecondFactor(db, { challenge: credentials.challenge, code, assertion, ip, requestId }, opts);
  }
  const result: CredentialsResult = await checkCredentials(
    db,
    { email: credentials?.email, password: credentials?.password, ip },
    opts,
  );
  if (result.ok && result.secondFactor) {
    await logSecurityEvent({ event: "mfa.challenge", userId: result.user.id, ip }, requestId);
    return { ok: false, reason: "second_factor", challenge: createChallenge(result.user.id, opts?.now), retry: false };
  }
  if (result.ok) {
    await logSecurityEvent({ event: "signIn.success", userId: result.user.id, ip }, requestId);
    return { ok: true, user: result.user };
  }
  const email = typeof credentials?.email === "string" ? normalizeEmail(credentials.email) : "";
  const account =
    email && email.length <= 254 && hasNoControlCharacters(email)
      ? await db.user.findUnique({ where: { email }, select: { id: true } })
      : null;
  await logSecurityEvent(
    {
      event: "signIn.failure",
      reason: result.reason,
      userId: account?.id ?? null,
      emailHash: emailHash(credentials?.email),
      ip,
    },
    requestId,
  );
  return result;
}

/**
 * The second step: the challenge names the account, the code is checked
 * under the same throttle as passwords (a wrong code is a failed sign-in of
 * the pair, the address and the account). Every outcome goes to the security
 * log and the audit log; a recovery code used is mailed to the owner with
 * the number left.
 */
async function completeSecondFactor(
  db: Db,
  input: { challenge: string; code: string; assertion?: string; ip: string; requestId: string },
  opts: CredentialsOptions = {},
): Promise<SignInResult> {
  const now = opts.now ?? new Date();
  const userId = openChallenge(input.challenge, now);
  const user = userId
    ? await db.user.findFirst({
        where: {
          id: userId,
          disabled: false,
          OR: [{ totpEnabledAt: { not: null } }, { webAuthnCredentials: { some: {} } }],
        },
        select: { id: true, email: true, name: true, role: true, locale: true },
      })
    : null;
  if (!user) {
    await logSecurityEvent(
      { event: "mfa.failure", reason: "challenge_expired", userId, ip: input.ip },
      input.requestId,
    );
    return { ok: false, reason: "challenge_expired" };
  }
  const rules = opts.rules ?? loginThrottleRules(env());
  const verdict = await startLoginAttempt(db, rules, user.email, input.ip, now);
  if (verdict.refused) {
    await logSecurityEvent({ event: "mfa.failure", reason: "rate_limited", userId, ip: input.ip }, input.requestId);
    return { ok: false, reason: "rate_limited" };
  }
  if (verdict.delayMs > 0) await (opts.wait ?? sleep)(verdict.delayMs);

  const check: SecondFactorCheck | { ok: true; method: "securityKey" } = input.assertion
    ? (await checkSecurityKey(db, user.id, input.assertion, now))
      ? { ok: true, method: "securityKey" }
      : { ok: false }
    : await checkSecondFactor(db, user.id, input.code, now);
  if (!check.ok) {
    await recordLoginFailure(db, rules, user.email, now);
    await logSecurityEvent({ event: "mfa.failure", reason: "invalid", userId, ip: input.ip }, input.requestId);
    await recordAudit(db, { actorId: user.id, action: "account.mfa_failure", entityType: "User", entityId: user.id });
    return { ok: false, reason: "second_factor", challenge: input.challenge, retry: true };
  }
  await completeSignIn(db, user.id, user.email, input.ip, now);
  const recoveryCodesLeft = check.method === "recovery" ? check.recoveryCodesLeft : undefined;
  await logSecurityEvent(
    { event: "mfa.success", userId: user.id, ip: input.ip, method: check.method, recoveryCodesLeft },
    input.requestId,
  );
  await logSecurityEvent({ event: "signIn.success", userId: user.id, ip: input.ip }, input.requestId);
  await recordAudit(db, {
    actorId: user.id,
    action: check.method === "recovery" ? "account.mfa_recovery_use" : "account.mfa_sign_in",
    entityType: "User",
    entityId: user.id,
    details: recoveryCodesLeft === undefined ? {} : { recoveryCodesLeft },
  });
  if (recoveryCodesLeft !== undefined) await sendMail(recoveryCodeUsedMail(user, recoveryCodesLeft));
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
