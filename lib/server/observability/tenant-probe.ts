// Tenant probes (OWASP ASVS 7.2.2, 8.1.4): a lookup scoped to the caller that
// finds nothing answers 404 whatever the reason, so that no one learns which
// ids exist. When the id is in fact another merchant's or another park's
// record, the ask is logged as a refusal, which the alerts count per account.
import "server-only";
import { notFound } from "next/navigation";
import type { Db } from "@/lib/db/create-client";
import { lookupId } from "@/lib/validation/text";
import { logSecurityEvent } from "./security-log";

/** Whether a record of a kind exists at all, whoever's it is. */
const EXISTS = {
  sku: (db: Db, id: string) => db.sku.count({ where: { id } }),
  importJob: (db: Db, id: string) => db.importJob.count({ where: { id } }),
  merchant: (db: Db, id: string) => db.merchant.count({ where: { id } }),
  declaration: (db: Db, id: string) => db.declaration.count({ where: { id } }),
  /** A merchant's logo, by the merchant's id: a merchant without one is no probe. */
  merchantLogo: (db: Db, merchantId: string) => db.merchantLogo.count({ where: { merchantId } }),
};

export type ScopedMiss = {
  kind: keyof typeof EXISTS;
  /** The id asked for, as it came. */
  id: string;
  /**
   * The page, route file or server action that refused (`page:/merchant/skus/[id]`,
   * `action:/merchant/skus#archiveSkuAction`): never the requested path.
   */
  where: string;
  userId: string;
  requestId?: string;
};

/**
 * Logs a scoped lookup that found nothing as `access.refused` (reason
 * `notFound`, the route file and the account; nothing of the record) when the
 * record exists outside the caller's scope. Returns whether it did.
 */
export async function logScopedMiss(db: Db, miss: ScopedMiss): Promise<boolean> {
  const id = lookupId(miss.id);
  if (!id || !(await EXISTS[miss.kind](db, id))) return false;
  await logSecurityEvent(
    { event: "access.refused", reason: "notFound", where: miss.where, userId: miss.userId },
    miss.requestId,
  );
  return true;
}

/** For pages: logs the miss as `logScopedMiss` does, then answers with the not-found page. */
export async function scopedNotFound(db: Db, miss: ScopedMiss): Promise<never> {
  await logScopedMiss(db, miss);
  notFound();
}

/** For route handlers: logs the miss as `logScopedMiss` does, and answers 404. */
export async function scopedNotFoundResponse(db: Db, miss: ScopedMiss): Promise<Response> {
  await logScopedMiss(db, miss);
  return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
}
