import type { DbOrTx } from "@/lib/db/create-client";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";

/** The demo accounts' addresses, lower-cased as every email is stored. */
export const DEMO_EMAILS: readonly string[] = DEMO_ACCOUNTS.map((a) => a.email.toLowerCase());

/**
 * Whether any demo account (their password is published in the README) is in
 * the database: one lookup on the unique email index, on every provider.
 */
export async function hasDemoAccounts(db: DbOrTx): Promise<boolean> {
  const found = await db.user.findFirst({ where: { email: { in: [...DEMO_EMAILS] } }, select: { id: true } });
  return found !== null;
}
