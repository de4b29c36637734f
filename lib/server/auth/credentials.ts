import type { Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import { clearRateLimit, hitRateLimit, peekRateLimit } from "@/lib/server/rate-limit";
import { DUMMY_HASH, verifyPassword } from "./password";
import { sessionAuthHash } from "./session-hash";
import { hasNoControlCharacters } from "@/lib/validation/text";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; authHash: string } }
  | { ok: false; reason: "invalid" | "rate_limited" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email and password, limited per account and per client address.
 * The answer never says whether the account exists.
 */
export async function checkCredentials(
  db: Db,
  input: { email: unknown; password: unknown; ip: string },
): Promise<CredentialsResult> {
  if (typeof input.email !== "string" || typeof input.password !== "string") return { ok: false, reason: "invalid" };
  const email = normalizeEmail(input.email);
  // Control characters are in no address, and PostgreSQL refuses NUL in a query.
  if (
    !email ||
    !input.password ||
    input.password.length > 128 ||
    email.length > 254 ||
    !hasNoControlCharacters(email)
  ) {
    return { ok: false, reason: "invalid" };
  }
  const e = env();
  const accountRule = { limit: e.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT, windowSeconds: e.LOGIN_WINDOW_SECONDS };
  const ipRule = { limit: e.LOGIN_MAX_ATTEMPTS_PER_IP, windowSeconds: e.LOGIN_WINDOW_SECONDS };
  const accountKey = `login:account:${email}`;
  const ipKey = `login:ip:${input.ip}`;

  const [account, ip] = await Promise.all([
    peekRateLimit(db, accountKey, accountRule),
    peekRateLimit(db, ipKey, ipRule),
  ]);
  if (account.limited || ip.limited) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabled) {
    await hitRateLimit(db, accountKey, accountRule);
    await hitRateLimit(db, ipKey, ipRule);
    return { ok: false, reason: "invalid" };
  }
  await clearRateLimit(db, accountKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      authHash: sessionAuthHash(user.passwordHash),
    },
  };
}
