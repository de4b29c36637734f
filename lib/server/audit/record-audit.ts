import type { DbOrTx } from "@/lib/db/create-client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  details?: Record<string, unknown>;
};

/** Writes one audit-log entry, inside the caller's transaction. */
export function recordAudit(tx: DbOrTx, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      reason: entry.reason ?? null,
      details: JSON.stringify(entry.details ?? {}),
    },
  });
}
