import type { DbOrTx } from "@/lib/db/create-client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  details?: Record<string, unknown>;
  /** The company the entry concerns; by default a Merchant entry's id, or the `merchantId` of its details. */
  merchantId?: string | null;
  /** The park the entry concerns; by default a Park entry's id, or the company's park. */
  parkId?: string | null;
};

/**
 * The company an entry concerns. The migration that added the column
 * (20261130160523_audit_search) backfills older entries by the same rule.
 */
export function auditMerchantId(entry: AuditEntry): string | null {
  if (entry.merchantId !== undefined) return entry.merchantId;
  if (entry.entityType === "Merchant") return entry.entityId;
  const fromDetails = entry.details?.merchantId;
  return typeof fromDetails === "string" ? fromDetails : null;
}

/**
 * Writes one audit-log entry, inside the caller's transaction, with the
 * company and park it concerns (what the audit search filters by and what a
 * park operator sees). Entries are only ever created: nothing in the app
 * updates or deletes them (lib/server/audit/append-only.test.ts).
 */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry) {
  const merchantId = auditMerchantId(entry);
  let parkId = entry.parkId;
  if (parkId === undefined) {
    if (entry.entityType === "Park") parkId = entry.entityId;
    else if (merchantId) {
      const merchant = await tx.merchant.findUnique({ where: { id: merchantId }, select: { parkId: true } });
      parkId = merchant?.parkId ?? null;
    } else parkId = null;
  }
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      reason: entry.reason ?? null,
      details: JSON.stringify(entry.details ?? {}),
      merchantId,
      parkId,
    },
  });
}
