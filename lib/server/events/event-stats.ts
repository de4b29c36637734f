import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { db } from "@/lib/server/db";
import { parkScope, type ParkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { shanghaiYearRange } from "@/lib/time/shanghai";

/** The commission's 2023 figure the "companies connected" count is read against. */
export const CONNECTED_BASELINE = { year: 2023, companies: 350 } as const;

/** The tickets that count: live ones of confirmed signups, of merchants within the scope. */
const liveTickets = (scope: ParkScope) => ({
  cancelledAt: null,
  signup: { status: "CONFIRMED" as const, merchant: scope },
});

/**
 * Distinct companies connected in a year (Asia/Shanghai): merchants with at
 * least one person checked in at one or more events held that year. The
 * dashboard reads this figure too.
 */
export async function countCompaniesConnected(client: DbOrTx, year: number, scope: ParkScope = {}): Promise<number> {
  const { start, end } = shanghaiYearRange(year);
  const rows = await client.ticket.groupBy({
    by: ["merchantId"],
    where: { ...liveTickets(scope), checkedInAt: { not: null }, event: { startsAt: { gte: start, lt: end } } },
  });
  return rows.length;
}

/**
 * A year's events with signups, and attendance counted twice: people (tickets
 * checked in) and companies (with at least one person checked in), within the
 * viewer's scope.
 */
export async function getEventStats(viewer: ScopeUser, year: number) {
  const scope = parkScope(viewer);
  const { start, end } = shanghaiYearRange(year);
  const events = await db.event.findMany({
    where: { startsAt: { gte: start, lt: end }, status: { not: "DRAFT" } },
    orderBy: { startsAt: "asc" },
    select: { id: true, titleZh: true, titleEn: true, startsAt: true, status: true, capacity: true },
  });
  const eventIds = { in: events.map((e) => e.id) };
  const [figures, tickets] = await Promise.all([
    db.signup.groupBy({
      by: ["eventId", "status"],
      where: { eventId: eventIds, merchant: scope },
      _count: { _all: true },
    }),
    // One row per event, company and whether checked in: people are counted, companies are the rows.
    db.ticket.groupBy({
      by: ["eventId", "merchantId", "checkedInAt"],
      where: { eventId: eventIds, ...liveTickets(scope) },
      _count: { _all: true },
    }),
  ]);
  const count = (eventId: string, status: string) =>
    figures.find((f) => f.eventId === eventId && f.status === status)?._count._all ?? 0;
  const rows = events.map((e) => {
    const own = tickets.filter((t) => t.eventId === e.id);
    const inside = own.filter((t) => t.checkedInAt !== null);
    return {
      ...e,
      signups: figures.filter((f) => f.eventId === e.id).reduce((s, f) => s + f._count._all, 0),
      confirmed: count(e.id, "CONFIRMED"),
      waitlisted: count(e.id, "WAITLISTED"),
      /** Companies with at least one person checked in. */
      checkedIn: new Set(inside.map((t) => t.merchantId)).size,
      people: own.reduce((s, t) => s + t._count._all, 0),
      peopleIn: inside.reduce((s, t) => s + t._count._all, 0),
    };
  });
  // Attendance counts only events that took place: completed ones.
  const held = rows.filter((r) => r.status === "COMPLETED");
  const sum = (key: "confirmed" | "checkedIn" | "people" | "peopleIn") => held.reduce((s, r) => s + r[key], 0);
  return {
    year,
    rows,
    events: rows.filter((r) => r.status !== "CANCELLED").length,
    signups: rows.reduce((s, r) => s + r.signups, 0),
    attendanceRate: sum("confirmed") ? sum("checkedIn") / sum("confirmed") : null,
    peopleConfirmed: sum("people"),
    peopleCheckedIn: sum("peopleIn"),
    companiesConnected: await countCompaniesConnected(db, year, scope),
  };
}
