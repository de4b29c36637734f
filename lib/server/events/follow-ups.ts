import "server-only";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import type { Actor } from "@/lib/server/auth/actor";
import { parkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { shanghaiYearRange } from "@/lib/time/shanghai";
import { lookupId } from "@/lib/validation/text";
import { FOLLOW_UP_OUTCOMES, type FollowUpInput, type FollowUpOutcome } from "@/lib/validation/follow-up";

/** Who may record and read follow-ups: staff, and a park operator for its own park's companies. */
type Recorder = Pick<Actor, "userId" | "role" | "parkId">;

export type RecordFollowUpResult =
  | { ok: true; id: string }
  | { ok: false; reason: "forbidden" | "notFound" | "notHeld" }
  | { ok: false; fieldErrors: Record<string, string> };

const mayRecord = (actor: Pick<Actor, "role">) => actor.role === "STAFF" || actor.role === "PARK_OPERATOR";

/**
 * Records what came of an event for one company: the partner it met (one of
 * the event's) and the outcome. The company must hold a confirmed signup and,
 * for a park operator, belong to the operator's park; both are part of the
 * query, so another park's company reads as unknown. Audited.
 */
export async function recordFollowUp(
  db: Db,
  actor: Recorder,
  eventId: string,
  input: FollowUpInput,
  now = new Date(),
): Promise<RecordFollowUpResult> {
  if (!mayRecord(actor)) return { ok: false, reason: "forbidden" };
  const event = await db.event.findUnique({
    where: { id: lookupId(eventId) },
    select: { id: true, status: true, startsAt: true },
  });
  if (!event) return { ok: false, reason: "notFound" };
  // Only an event that has begun has outcomes; a cancelled one never took place.
  const held = event.status === "COMPLETED" || (event.status === "PUBLISHED" && event.startsAt <= now);
  if (!held) return { ok: false, reason: "notHeld" };
  const [signup, partner] = await Promise.all([
    db.signup.findFirst({
      where: { eventId: event.id, merchantId: input.merchantId, status: "CONFIRMED", merchant: parkScope(actor) },
      select: { merchantId: true },
    }),
    input.partnerId
      ? db.eventPartner.findUnique({
          where: { eventId_partnerId: { eventId: event.id, partnerId: input.partnerId } },
          select: { partnerId: true },
        })
      : null,
  ]);
  const fieldErrors: Record<string, string> = {};
  if (!signup) fieldErrors.merchantId = "companyUnknown";
  if (input.partnerId && !partner) fieldErrors.partnerId = "partnerUnknown";
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const row = await db.$transaction(async (tx) => {
    const created = await tx.eventFollowUp.create({
      data: {
        eventId: event.id,
        merchantId: input.merchantId,
        partnerId: input.partnerId || null,
        outcome: input.outcome,
        note: input.note,
        recordedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "event.follow_up",
      entityType: "EventFollowUp",
      entityId: created.id,
      details: {
        eventId: event.id,
        merchantId: input.merchantId,
        partnerId: input.partnerId || null,
        outcome: input.outcome,
      },
    });
    return created;
  });
  return { ok: true, id: row.id };
}

/** An event's follow-ups the viewer may see (an operator: its park's companies), newest first. */
export async function listFollowUps(db: DbOrTx, viewer: ScopeUser, eventId: string, take = 50) {
  const rows = await db.eventFollowUp.findMany({
    where: { eventId: lookupId(eventId), merchant: parkScope(viewer) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      outcome: true,
      note: true,
      createdAt: true,
      recordedById: true,
      merchant: { select: { id: true, nameZh: true, nameEn: true } },
      partner: { select: { id: true, nameZh: true, nameEn: true } },
    },
  });
  const recorders = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.recordedById).filter((id): id is string => !!id))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(recorders.map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, recordedBy: r.recordedById ? (nameOf.get(r.recordedById) ?? null) : null }));
}

export type FollowUpCounts = { total: number; companies: number; byOutcome: Record<FollowUpOutcome, number> };

/**
 * Follow-ups counted by outcome, with the companies they concern: for one
 * event, or for the events starting in a year (Asia/Shanghai), within the
 * viewer's scope. The event statistics show these figures.
 */
export async function countFollowUps(
  db: DbOrTx,
  viewer: ScopeUser,
  of: { eventId: string } | { year: number },
): Promise<FollowUpCounts> {
  const range = "year" in of ? shanghaiYearRange(of.year) : null;
  const where = {
    merchant: parkScope(viewer),
    ...("eventId" in of
      ? { eventId: lookupId(of.eventId) }
      : { event: { startsAt: { gte: range!.start, lt: range!.end } } }),
  };
  const [byOutcome, companies] = await Promise.all([
    db.eventFollowUp.groupBy({ by: ["outcome"], where, _count: { _all: true } }),
    db.eventFollowUp.groupBy({ by: ["merchantId"], where }),
  ]);
  const counts = Object.fromEntries(FOLLOW_UP_OUTCOMES.map((o) => [o, 0])) as Record<FollowUpOutcome, number>;
  for (const row of byOutcome) counts[row.outcome] = row._count._all;
  return {
    total: byOutcome.reduce((sum, r) => sum + r._count._all, 0),
    companies: companies.length,
    byOutcome: counts,
  };
}

/** What the follow-up form offers: the companies with a confirmed seat (in scope) and the event's partners. */
export async function followUpFormOptions(db: DbOrTx, viewer: ScopeUser, eventId: string) {
  const id = lookupId(eventId);
  const [signups, partners] = await Promise.all([
    db.signup.findMany({
      where: { eventId: id, status: "CONFIRMED", merchant: parkScope(viewer) },
      orderBy: { merchant: { nameZh: "asc" } },
      take: 500,
      select: { merchant: { select: { id: true, nameZh: true, nameEn: true } } },
    }),
    db.eventPartner.findMany({
      where: { eventId: id },
      take: 200,
      select: { partner: { select: { id: true, nameZh: true, nameEn: true } } },
    }),
  ]);
  return { merchants: signups.map((s) => s.merchant), partners: partners.map((p) => p.partner) };
}
