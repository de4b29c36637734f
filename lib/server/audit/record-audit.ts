import type { Db } from "@/lib/db/create-client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  details?: Record<string, unknown>;
};

/** Writes one audit-log entry, inside the caller's transaction. */
export function recordAudit(tx: Tx | Db, entry: AuditEntry) {
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
