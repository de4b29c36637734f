import "server-only";
import type { Db } from "@/lib/db/create-client";
import { requestIdOf } from "@/lib/server/observability/log-error";
import { emailHash, logSecurityEvent } from "@/lib/server/observability/security-log";
import { hasNoControlCharacters } from "@/lib/validation/text";
import { clientIp } from "./client-ip";
import { checkCredentials, normalizeEmail, type CredentialsOptions, type CredentialsResult } from "./credentials";

/**
 * A sign-in attempt from the sign-in form (Auth.js's `authorize`): checks the
 * credentials and logs the decision (OWASP ASVS 7.2.1) with the client's
 * address, the account's id when there is one, and a keyed hash of the email
 * typed; never the password.
 */
export async function authorizeSignIn(
  db: Db,
  credentials: Partial<Record<string, unknown>> | undefined,
  requestHeaders: Headers,
  opts?: CredentialsOptions,
): Promise<CredentialsResult> {
  const ip = clientIp(requestHeaders);
  const requestId = requestIdOf(requestHeaders);
  const result = await checkCredentials(db, { email: credentials?.email, password: credentials?.password, ip }, opts);
  if (result.ok) {
    await logSecurityEvent({ event: "signIn.success", userId: result.user.id, ip }, requestId);
    return result;
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
