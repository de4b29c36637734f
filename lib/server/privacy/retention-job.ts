import "server-only";
import type { Db } from "@/lib/db/create-client";
import { RETENTION_TABLE, retentionCutoff, type RetentionKindId } from "@/lib/privacy/retention";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { pruneRateLimits } from "@/lib/server/rate-limit";

/** The job's name in the job runner (lib/server/jobs/portal-jobs.ts). */
export const RETENTION_JOB = "privacy-retention";
/** Nightly at 03:30 Asia/Shanghai, when the portal is quiet. */
export const RETENTION_CRON = "30 3 * * *";

/** The kinds of record whose period the retention job enforces: those the table gives enforcedBy "retentionJob". */
export const PRUNED_KINDS = RETENTION_TABLE.filter(
  (k) => k.retention.kind === "period" && k.retention.enforcedBy === "retentionJob",
).map((k) => k.id);

/** How many records of each kind one run deleted. */
export type RetentionCounts = Partial<Record<RetentionKindId, number>>;

/**
 * Each kind's deletion of what has passed its period at `now` (the cut-off is
 * `now` less the table's days for the kind). A record exactly at the cut-off
 * has run its period and goes; one a moment younger stays.
 */
const PRUNERS: Partial<Record<RetentionKindId, (db: Db, cutoff: Date) => Promise<number>>> = {
  notificationsRead: async (db, cutoff) =>
    (await db.notification.deleteMany({ where: { readAt: { not: null, lte: cutoff } } })).count,
  sessions: async (db, cutoff) =>
    (await db.session.deleteMany({ where: { OR: [{ expiresAt: { lte: cutoff } }, { revokedAt: { lte: cutoff } }] } }))
      .count,
  invitations: async (db, cutoff) => (await db.invitation.deleteMany({ where: { expiresAt: { lte: cutoff } } })).count,
  passwordTokens: async (db, cutoff) =>
    (await db.passwordToken.deleteMany({ where: { expiresAt: { lte: cutoff } } })).count,
  webAuthnChallenges: async (db, cutoff) =>
    (await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: cutoff } } })).count,
  rateLimitCounters: async (db, cutoff) => {
    // The rate limiter's own pruning, in its batches, until none is left.
    let total = 0;
    for (let n = await pruneRateLimits(db, cutoff); n > 0; n = await pruneRateLimits(db, cutoff)) total += n;
    return total;
  },
  idempotencyKeys: async (db, cutoff) =>
    (await db.apiIdempotencyKey.deleteMany({ where: { expiresAt: { lte: cutoff } } })).count,
};

/**
 * Deletes every record that the retention table says has passed its period
 * at `now`, and nothing else; records the counts per kind in an audit entry
 * (action retention.prune, no actor: the system; its entity id is the job
 * runner's job id, so /admin/jobs shows the job's report, or else the time)
 * and returns them.
 */
export async function pruneExpiredRecords(
  db: Db,
  now = new Date(),
  options: { jobId?: string } = {},
): Promise<RetentionCounts> {
  const counts: RetentionCounts = {};
  for (const id of PRUNED_KINDS) {
    const prune = PRUNERS[id];
    if (!prune) throw new Error(`The retention job has no pruner for ${id}`);
    counts[id] = await prune(db, retentionCutoff(id, now));
  }
  await recordAudit(db, {
    actorId: null,
    action: "retention.prune",
    entityType: "Retention",
    entityId: options.jobId ?? now.toISOString(),
    details: counts,
  });
  return counts;
}

/** The counts each of these retention jobs reported (in its audit entry), by job id; jobs without a report are left out. */
export async function retentionReports(db: Db, jobIds: readonly string[]): Promise<Map<string, RetentionCounts>> {
  if (jobIds.length === 0) return new Map();
  const entries = await db.auditLog.findMany({
    where: { action: "retention.prune", entityType: "Retention", entityId: { in: [...jobIds] } },
    select: { entityId: true, details: true },
  });
  const kinds = new Set<string>(PRUNED_KINDS);
  return new Map(
    entries.map((e) => {
      const details = JSON.parse(e.details) as Record<string, unknown>;
      const counts: RetentionCounts = {};
      for (const [kind, n] of Object.entries(details))
        if (kinds.has(kind) && typeof n === "number") counts[kind as RetentionKindId] = n;
      return [e.entityId, counts];
    }),
  );
}
