// The retention job with the clock moved: it deletes exactly the records the
// retention table says have passed their period, keeps those one second
// inside it, and leaves every other kind of record as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { retentionCutoff, type RetentionKindId } from "@/lib/privacy/retention";
import { seedDemo } from "@/lib/seed/demo";
import { makeMerchant } from "@/lib/testing/event-fixtures";
import { registerPortalJobs } from "@/lib/server/jobs/portal-jobs";
import type { JobHandler, JobQueue } from "@/lib/server/jobs/types";
import { PRUNED_KINDS, pruneExpiredRecords, RETENTION_JOB, retentionReports } from "./retention-job";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const NOW = new Date("2031-03-15T04:00:00Z");
const SECOND = 1000;
const FAR = new Date("2099-01-01T00:00:00Z");
/** A time `offset` ms from a kind's cut-off at NOW: below zero has run its period, above is still inside it. */
const at = (kind: RetentionKindId, offset: number) => new Date(retentionCutoff(kind, NOW).getTime() + offset);

let userId: string;
let merchantId: string;
/** The ids each pruned table must keep. */
const keep: Record<string, string[]> = {};

async function countAll() {
  const [users, merchants, memberships, notifications, sessions, invitations, tokens, challenges] = await Promise.all([
    db.user.count(),
    db.merchant.count(),
    db.membership.count(),
    db.notification.count(),
    db.session.count(),
    db.invitation.count(),
    db.passwordToken.count(),
    db.webAuthnChallenge.count(),
  ]);
  const [buckets, keys, declarations, skus, signups, consents, audits, imports, recovery] = await Promise.all([
    db.rateLimitBucket.count(),
    db.apiIdempotencyKey.count(),
    db.declaration.count(),
    db.sku.count(),
    db.signup.count(),
    db.privacyConsent.count(),
    db.auditLog.count(),
    db.importJob.count(),
    db.recoveryCode.count(),
  ]);
  return {
    users,
    merchants,
    memberships,
    notifications,
    sessions,
    invitations,
    tokens,
    challenges,
    buckets,
    keys,
    declarations,
    skus,
    signups,
    consents,
    audits,
    imports,
    recovery,
  };
}

beforeAll(async () => {
  // The demo data, so that "nothing else" covers companies, declarations, SKUs, signups and the audit trail.
  await seedDemo(db, { passwordHash: "unused" });
  // Only this file's records in the tables the job prunes.
  await db.notification.deleteMany({});
  await db.session.deleteMany({});
  await db.invitation.deleteMany({});
  await db.passwordToken.deleteMany({});
  await db.webAuthnChallenge.deleteMany({});
  await db.rateLimitBucket.deleteMany({});
  await db.apiIdempotencyKey.deleteMany({});

  const park = await db.park.findFirstOrThrow({ select: { id: true } });
  ({ userId, merchantId } = await makeMerchant(db, { parkId: park.id }));

  const long = new Date("2020-01-01T00:00:00Z");
  const n = (readAt: Date | null, tag: string) =>
    db.notification.create({ data: { userId, kind: tag, readAt, createdAt: long }, select: { id: true } });
  await n(at("notificationsRead", -SECOND), "gone");
  await n(at("notificationsRead", 0), "gone");
  keep.notification = [
    (await n(at("notificationsRead", SECOND), "kept")).id,
    // Unread: kept however old.
    (await n(null, "kept")).id,
  ];

  const s = (expiresAt: Date, revokedAt: Date | null) =>
    db.session.create({
      data: { userId, createdAt: long, lastSeenAt: long, expiresAt, revokedAt },
      select: { id: true },
    });
  await s(at("sessions", -SECOND), null);
  await s(FAR, at("sessions", -SECOND));
  keep.session = [(await s(at("sessions", SECOND), null)).id, (await s(FAR, at("sessions", SECOND))).id];

  const inv = (expiresAt: Date, tag: string, acceptedAt: Date | null = null) =>
    db.invitation.create({
      data: { merchantId, email: `${tag}@example.com`, tokenHash: `inv-${tag}`, expiresAt, acceptedAt },
      select: { id: true },
    });
  await inv(at("invitations", -SECOND), "expired");
  await inv(at("invitations", -SECOND), "accepted", long);
  keep.invitation = [(await inv(at("invitations", SECOND), "recent")).id];

  const tok = (expiresAt: Date, tag: string) =>
    db.passwordToken.create({
      data: { userId, purpose: "RESET", tokenHash: `pt-${tag}`, expiresAt },
      select: { id: true },
    });
  await tok(at("passwordTokens", -SECOND), "old");
  keep.passwordToken = [(await tok(at("passwordTokens", SECOND), "recent")).id];

  const ch = (expiresAt: Date, tag: string) =>
    db.webAuthnChallenge.create({
      data: { userId, purpose: "signIn", challenge: `ch-${tag}`, expiresAt },
      select: { id: true },
    });
  await ch(at("webAuthnChallenges", -SECOND), "old");
  keep.webAuthnChallenge = [(await ch(at("webAuthnChallenges", SECOND), "running")).id];

  await db.rateLimitBucket.create({ data: { key: "ended", count: 3, resetAt: at("rateLimitCounters", -SECOND) } });
  await db.rateLimitBucket.create({ data: { key: "running", count: 3, resetAt: at("rateLimitCounters", SECOND) } });
  keep.rateLimitBucket = ["running"];

  const key = (expiresAt: Date, tag: string) =>
    db.apiIdempotencyKey.create({
      data: { merchantId, key: tag, requestHash: "h", status: 201, body: "{}", expiresAt },
      select: { id: true },
    });
  await key(at("idempotencyKeys", -SECOND), "old");
  keep.apiIdempotencyKey = [(await key(at("idempotencyKeys", SECOND), "fresh")).id];
});

describe("the retention job", () => {
  it("prunes what has passed its period, keeps what is a second inside it, and touches nothing else", async () => {
    const before = await countAll();
    const counts = await pruneExpiredRecords(db, NOW);

    expect(counts).toEqual({
      notificationsRead: 2,
      sessions: 2,
      invitations: 2,
      passwordTokens: 1,
      webAuthnChallenges: 1,
      rateLimitCounters: 1,
      idempotencyKeys: 1,
    });
    const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id).sort();
    expect(await ids(db.notification.findMany({ select: { id: true } }))).toEqual([...keep.notification].sort());
    expect(await ids(db.session.findMany({ select: { id: true } }))).toEqual([...keep.session].sort());
    expect(await ids(db.invitation.findMany({ select: { id: true } }))).toEqual(keep.invitation);
    expect(await ids(db.passwordToken.findMany({ select: { id: true } }))).toEqual(keep.passwordToken);
    expect(await ids(db.webAuthnChallenge.findMany({ select: { id: true } }))).toEqual(keep.webAuthnChallenge);
    expect((await db.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key)).toEqual(
      keep.rateLimitBucket,
    );
    expect(await ids(db.apiIdempotencyKey.findMany({ select: { id: true } }))).toEqual(keep.apiIdempotencyKey);

    const after = await countAll();
    expect(after).toEqual({
      ...before,
      notifications: before.notifications - 2,
      sessions: before.sessions - 2,
      invitations: before.invitations - 2,
      tokens: before.tokens - 1,
      challenges: before.challenges - 1,
      buckets: before.buckets - 1,
      keys: before.keys - 1,
      // The run's own report.
      audits: before.audits + 1,
    });
  });

  it("reports what it pruned in an audit entry, with no actor", async () => {
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "retention.prune" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry).toMatchObject({ actorId: null, entityType: "Retention", entityId: NOW.toISOString() });
    expect(JSON.parse(entry.details)).toMatchObject({ notificationsRead: 2, sessions: 2, invitations: 2 });
  });

  it("finds nothing more on a second run at the same time", async () => {
    const counts = await pruneExpiredRecords(db, NOW);
    expect(Object.keys(counts).sort()).toEqual([...PRUNED_KINDS].sort());
    expect(Object.values(counts).every((c) => c === 0)).toBe(true);
  });

  it("runs in the job runner under its name, and reports there too", async () => {
    const handlers = new Map<string, JobHandler<unknown>>();
    const recorder = { register: (name: string, handler: JobHandler<unknown>) => handlers.set(name, handler) };
    registerPortalJobs(recorder as unknown as JobQueue, {
      db,
      threads: () => {
        throw new Error("no imports in this test");
      },
    });
    const handler = handlers.get(RETENTION_JOB);
    expect(handler).toBeDefined();
    const runs = () => db.auditLog.count({ where: { action: "retention.prune" } });
    const before = await runs();
    await handler!({}, { id: "job-1", name: RETENTION_JOB, retryCount: 0 });
    expect(await runs()).toBe(before + 1);
    // The job's report, under its id, as /admin/jobs reads it: nothing left to delete by now.
    const reports = await retentionReports(db, ["job-1", "no-such-job"]);
    expect([...reports.keys()]).toEqual(["job-1"]);
    expect(reports.get("job-1")).toEqual(Object.fromEntries(PRUNED_KINDS.map((k) => [k, 0])));
  });
});
