import "server-only";
import type { Db } from "@/lib/db/create-client";

/** The merchant's tokens, newest first; never the hash. */
export function listApiTokens(db: Db, merchantId: string) {
  return db.apiToken.findMany({
    where: { merchantId },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
