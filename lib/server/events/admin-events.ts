import "server-only";
import { db } from "@/lib/server/db";
import { paginate } from "@/lib/paging";
import { parkScope, type ScopeUser as Viewer } from "@/lib/server/auth/park-scope";
import type { EventListFilters } from "@/lib/validation/event";
import { lookupId } from "@/lib/validation/text";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { providerOf } from "@/lib/db/provider";
import { containsText } from "@/lib/server/search/contains-text";

export const ADMIN_PAGE_SIZE = 20;

/** The admin event list's rows as a where clause: every event, for staff and operators alike. */
export function adminEventWhere(filters: Omit<EventListFilters, "page">): Prisma.EventWhereInput {
  const text = filters.q ? containsText(filters.q, providerOf(db)) : null;
  return {
    ...(filters.status === "ALL" ? {} : { status: filters.status }),
    ...(text ? { OR: [{ titleZh: text }, { titleEn: text }, { slug: text }] } : {}),
  };
}

/** Every event for staff and operators, newest first, with its signup figures. */
export async function listEventsForAdmin(filters: EventListFilters) {
  const where = adminEventWhere(filters);
  const paging = paginate(filters.page, ADMIN_PAGE_SIZE, await db.event.count({ where }));
  const items = await db.event.findMany({
    where,
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    skip: paging.skip,
    take: paging.take,
    select: {
      id: true,
      slug: true,
      titleZh: true,
      titleEn: true,
      belt: true,
      startsAt: true,
      status: true,
      capacity: true,
      seatsTaken: true,
      _count: { select: { signups: { where: { status: "WAITLISTED" } } } },
    },
  });
  return { items, ...paging };
}

/** One event with its partners and the figures of the signups the viewer may see. */
export async function getEventForAdmin(viewer: Viewer, id: string) {
  const event = await db.event.findUnique({
    where: { id: lookupId(id) },
    include: {
      partners: { include: { partner: true }, orderBy: [{ partner: { kind: "asc" } }, { partner: { nameEn: "asc" } }] },
    },
  });
  if (!event) return null;
  const scope = { eventId: id, merchant: parkScope(viewer) };
  const [byStatus, checkedIn] = await Promise.all([
    db.signup.groupBy({ by: ["status"], where: scope, _count: { _all: true }, _sum: { seats: true } }),
    db.signup.count({ where: { ...scope, status: "CONFIRMED", checkedInAt: { not: null } } }),
  ]);
  const figure = (status: string) => byStatus.find((r) => r.status === status);
  const counts = {
    confirmed: figure("CONFIRMED")?._count._all ?? 0,
    confirmedSeats: figure("CONFIRMED")?._sum.seats ?? 0,
    waitlisted: figure("WAITLISTED")?._count._all ?? 0,
    withdrawn: figure("WITHDRAWN")?._count._all ?? 0,
    cancelled: figure("CANCELLED")?._count._all ?? 0,
    checkedIn,
  };
  // Attendance and completion mean something once the event has begun.
  return { ...event, counts, started: event.startsAt.getTime() <= Date.now() };
}
