import "server-only";
import { db } from "@/lib/server/db";
import { defineList, listOrderBy, countedPage, parseListQuery, type ListQuery, type SortDir } from "@/lib/paging";
import type { Locale } from "@/lib/i18n/config";
import { readInBatches } from "@/lib/server/exports/list-export";
import { parkScope, type ScopeUser as Viewer } from "@/lib/server/auth/park-scope";
import type { EventListFilters } from "@/lib/validation/event";
import { lookupId } from "@/lib/validation/text";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { providerOf } from "@/lib/db/provider";
import { textWhere, tooBroadPage, unlessTooBroad } from "@/lib/server/search/contains-text";

/** The admin event list's sortable columns; latest start first unless the URL says otherwise. */
export const ADMIN_EVENT_LIST = defineList({
  columns: { title: "asc", date: "desc", belt: "asc", status: "asc", seats: "desc" },
  sort: "date",
  dir: "desc",
});
export type AdminEventQuery = ListQuery<keyof typeof ADMIN_EVENT_LIST.columns>;

function adminEventOrder(query: AdminEventQuery, locale: Locale) {
  const title = locale === "en" ? "titleEn" : "titleZh";
  const orders: Record<AdminEventQuery["sort"], (d: SortDir) => Prisma.EventOrderByWithRelationInput[]> = {
    title: (d) => [{ [title]: d }],
    date: (d) => [{ startsAt: d }],
    belt: (d) => [{ belt: d }, { startsAt: "desc" }],
    status: (d) => [{ status: d }, { startsAt: "desc" }],
    seats: (d) => [{ seatsTaken: d }, { startsAt: "desc" }],
  };
  return listOrderBy(orders, query);
}

const adminEventSelect = {
  id: true,
  slug: true,
  titleZh: true,
  titleEn: true,
  belt: true,
  startsAt: true,
  endsAt: true,
  status: true,
  capacity: true,
  seatsTaken: true,
  _count: { select: { signups: { where: { status: "WAITLISTED" as const } } } },
} as const;

/**
 * The admin event list's rows as a where clause: every event, for staff and
 * operators alike. The search finds the title (either language) or slug as
 * typed, `%` and `_` as themselves on either database (textWhere).
 */
export async function adminEventWhere(filters: Omit<EventListFilters, "page">): Promise<Prisma.EventWhereInput> {
  const text = filters.q
    ? await textWhere(db, providerOf(db), "Event", ["titleZh", "titleEn", "slug"], filters.q)
    : null;
  return {
    ...(filters.status === "ALL" ? {} : { status: filters.status }),
    ...(text ? { AND: [text] } : {}),
  };
}

/** Every event for staff and operators in the order asked for (latest start first by default), with its signup figures. */
export async function listEventsForAdmin(
  filters: EventListFilters,
  query: AdminEventQuery = parseListQuery(ADMIN_EVENT_LIST, {}),
  locale: Locale = "zh-CN",
) {
  const where = await unlessTooBroad(adminEventWhere(filters));
  if (!where) return tooBroadPage(query.size);
  const { paging, rows: items } = await countedPage(
    query.page,
    query.size,
    () => db.event.count({ where }),
    ({ skip, take }) =>
      db.event.findMany({
        where,
        orderBy: adminEventOrder(query, locale),
        skip,
        take,
        select: adminEventSelect,
      }),
  );
  return { items, ...paging, tooBroad: false };
}

/** How many events an export of the list as filtered would hold. */
export async function countEventsForAdmin(filters: EventListFilters) {
  return db.event.count({ where: await adminEventWhere(filters) });
}

/** Every event of the list as filtered and sorted, for the CSV export (at most `take`). */
export async function exportEventsForAdmin(
  filters: EventListFilters,
  query: AdminEventQuery,
  locale: Locale,
  limit: number,
) {
  const where = await adminEventWhere(filters);
  const orderBy = adminEventOrder(query, locale);
  return readInBatches(limit, (skip, take) =>
    db.event.findMany({ where, orderBy, skip, take, select: adminEventSelect }),
  );
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
