import "server-only";
import type { Db } from "@/lib/db/create-client";
import { verifyPassword } from "@/lib/server/auth/password";

/**
 * Re-authentication before a sensitive step (ASVS 3.7.1): the signed-in user
 * types their password again, checked as sign-in and the password change
 * check it. A disabled account never passes.
 */
export async function confirmPassword(db: Db, userId: string, password: string): Promise<boolean> {
  const user = await db.user.findFirst({ where: { id: userId, disabled: false }, select: { passwordHash: true } });
  return user !== null && (await verifyPassword(password, user.passwordHash));
}
