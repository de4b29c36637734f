import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { db } from "@/lib/server/db";
import { parkScope, type ParkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { shanghaiYearRange } from "@/lib/time/shanghai";

/** The commission's 2023 figure the "companies connected" count is read against. */
export const CONNECTED_BASELINE = { year: 2023, companies: 350 } as const;

/**
 * Distinct companies connected in a year (Asia/Shanghai): merchants checked in
 * at one or more events held that year. The dashboard reads this figure too.
 */
export async function countCompaniesConnected(client: DbOrTx, year: number, scope: ParkScope = {}): Promise<number> {
  const { start, end } = shanghaiYearRange(year);
  const rows = await client.signup.groupBy({
    by: ["merchantId"],
    where: { checkedInAt: { not: null }, event: { startsAt: { gte: start, lt: end } }, merchant: scope },
  });
  return rows.length;
}

/** A year's events with signups, attendance and companies connected, within the viewer's scope. */
export async function getEventStats(viewer: ScopeUser, year: number) {
  const scope = parkScope(viewer);
  const { start, end } = shanghaiYearRange(year);
  const events = await db.event.findMany({
    where: { startsAt: { gte: start, lt: end }, status: { not: "DRAFT" } },
    orderBy: { startsAt: "asc" },
    select: { id: true, titleZh: true, titleEn: true, startsAt: true, status: true, capacity: true },
  });
  const figures = await db.signup.groupBy({
    by: ["eventId", "status"],
    where: { eventId: { in: events.map((e) => e.id) }, merchant: scope },
    _count: { _all: true },
  });
  const checked = await db.signup.groupBy({
    by: ["eventId"],
    where: { eventId: { in: events.map((e) => e.id) }, merchant: scope, checkedInAt: { not: null } },
    _count: { _all: true },
  });
  const count = (eventId: string, status: string) =>
    figures.find((f) => f.eventId === eventId && f.status === status)?._count._all ?? 0;
  const rows = events.map((e) => {
    const signups = figures.filter((f) => f.eventId === e.id).reduce((s, f) => s + f._count._all, 0);
    const confirmed = count(e.id, "CONFIRMED");
    const checkedIn = checked.find((c) => c.eventId === e.id)?._count._all ?? 0;
    return { ...e, signups, confirmed, waitlisted: count(e.id, "WAITLISTED"), checkedIn };
  });
  // Attendance counts only events that took place: completed ones.
  const held = rows.filter((r) => r.status === "COMPLETED");
  const heldConfirmed = held.reduce((s, r) => s + r.confirmed, 0);
  const heldCheckedIn = held.reduce((s, r) => s + r.checkedIn, 0);
  return {
    year,
    rows,
    events: rows.filter((r) => r.status !== "CANCELLED").length,
    signups: rows.reduce((s, r) => s + r.signups, 0),
    attendanceRate: heldConfirmed ? heldCheckedIn / heldConfirmed : null,
    companiesConnected: await countCompaniesConnected(db, year, scope),
  };
}
