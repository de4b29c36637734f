import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { recordAudit } from "./record-audit";

/**
 * How long one reader's reads of one record count as one (OWASP ASVS 8.3.5):
 * opening a merchant ten times in a quarter of an hour is one entry, not ten.
 */
export const READ_AUDIT_WINDOW_SECONDS = 15 * 60;

export type SensitiveRead =
  /** A merchant's detail page: its contact's name, phone and email, and its members' accounts. */
  | { action: "merchant.view"; merchantId: string }
  /** An event's attendee list, on a page or as CSV: companies and attendees' names. */
  | { action: "event.view_attendees" | "event.export_attendees"; eventId: string }
  /** The audit log as CSV: who did what, with their names and emails. */
  | { action: "audit_log.export"; filters: Record<string, unknown> }
  /** The review queue as CSV: every company the filters match, by name and USCC. */
  | { action: "review_queue.export"; filters: Record<string, unknown> };

/** Who read it: a staff member or a park operator (whose park the entry belongs to). */
export type Reader = { id: string; parkId?: string | null };

function entryOf(read: SensitiveRead, reader: Reader) {
  switch (read.action) {
    case "merchant.view":
      return { entityType: "Merchant", entityId: read.merchantId };
    case "event.view_attendees":
    case "event.export_attendees":
      return { entityType: "Event", entityId: read.eventId, parkId: reader.parkId ?? null };
    case "audit_log.export":
      return { entityType: "AuditLog", entityId: "export", parkId: reader.parkId ?? null, details: read.filters };
    case "review_queue.export":
      return {
        entityType: "Merchant",
        entityId: "export",
        merchantId: null,
        parkId: reader.parkId ?? null,
        details: read.filters,
      };
  }
}

/**
 * Records that a reader saw personal data: one audit entry per reader, action
 * and record per READ_AUDIT_WINDOW_SECONDS, counted in the database so that
 * every server process agrees. A merchant's entry carries its company and
 * park, so the audit search by company finds it. Returns whether an entry
 * was written.
 */
export async function auditRead(db: Db, reader: Reader, read: SensitiveRead, now = new Date()): Promise<boolean> {
  const entry = entryOf(read, reader);
  // An export's filters are part of what was read: another filter is another read.
  const target = entry.details ? createHash("sha256").update(JSON.stringify(entry.details)).digest("hex") : "";
  const key = `audit-read:${reader.id}:${read.action}:${entry.entityId}:${target.slice(0, 16)}`;
  const { count } = await hitRateLimit(db, key, { limit: 1, windowSeconds: READ_AUDIT_WINDOW_SECONDS }, now);
  if (count !== 1) return false;
  await recordAudit(db, { actorId: reader.id, action: read.action, ...entry });
  return true;
}
