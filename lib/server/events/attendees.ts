import "server-only";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { defineList, listOrderBy, countedPage, parseListQuery, type ListQuery, type SortDir } from "@/lib/paging";
import type { Locale } from "@/lib/i18n/config";
import { readInBatches } from "@/lib/server/exports/list-export";
import { parkScope, type ScopeUser as Viewer } from "@/lib/server/auth/park-scope";
import { SIGNUP_STATUSES } from "@/lib/validation/event";
import { lookupId } from "@/lib/validation/text";
import { parseAttendeeNames } from "./rules";

export type AttendeeStatusFilter = (typeof SIGNUP_STATUSES)[number] | "ALL";

/** The status filter from the URL's `status`; anything else is every status. */
export const attendeeStatusFrom = (value: string | undefined): AttendeeStatusFilter =>
  SIGNUP_STATUSES.find((s) => s === value) ?? "ALL";

/** The attendee list's sortable columns; in signup order unless the URL says otherwise. */
export const ATTENDEE_LIST = defineList({
  columns: { company: "asc", park: "asc", status: "asc", seats: "desc", signedUpAt: "asc", checkedIn: "desc" },
  sort: "signedUpAt",
  dir: "asc",
});
export type AttendeeQuery = ListQuery<keyof typeof ATTENDEE_LIST.columns>;

function attendeeOrder(query: AttendeeQuery, locale: Locale) {
  const name = locale === "en" ? "nameEn" : "nameZh";
  const orders: Record<AttendeeQuery["sort"], (d: SortDir) => Prisma.SignupOrderByWithRelationInput[]> = {
    company: (d) => [{ merchant: { [name]: d } }],
    park: (d) => [{ merchant: { park: { [name]: d } } }, { merchant: { [name]: d } }],
    status: (d) => [{ status: d }, { waitlistSeq: d }, { createdAt: "asc" }],
    seats: (d) => [{ seats: d }, { createdAt: "asc" }],
    signedUpAt: (d) => [{ createdAt: d }],
    checkedIn: (d) => [{ checkedInAt: { sort: d, nulls: "last" } }, { createdAt: "asc" }],
  };
  return listOrderBy(orders, query);
}

const select = {
  id: true,
  status: true,
  seats: true,
  attendeeNames: true,
  waitlistSeq: true,
  createdAt: true,
  checkedInAt: true,
  merchant: {
    select: {
      id: true,
      nameZh: true,
      nameEn: true,
      uscc: true,
      park: { select: { nameZh: true, nameEn: true } },
      platforms: {
        select: { platform: { select: { nameZh: true, nameEn: true } } },
        orderBy: { platform: { sortOrder: "asc" as const } },
      },
    },
  },
  interests: { select: { partner: { select: { nameZh: true, nameEn: true } } } },
} as const;

function whereFor(viewer: Viewer, eventId: string, status: AttendeeStatusFilter) {
  // An operator sees the signups of its own park's merchants only.
  return { eventId, ...(status === "ALL" ? {} : { status }), merchant: parkScope(viewer) };
}

const withNames = <T extends { attendeeNames: string }>(rows: T[]) =>
  rows.map((r) => ({ ...r, names: parseAttendeeNames(r.attendeeNames) }));

/** One page of an event's signups within the viewer's scope, in the order asked for (signup order by default). */
export async function listAttendees(
  viewer: Viewer,
  eventId: string,
  status: AttendeeStatusFilter,
  query: AttendeeQuery = parseListQuery(ATTENDEE_LIST, {}),
  locale: Locale = "zh-CN",
) {
  const where = whereFor(viewer, eventId, status);
  const { paging, rows: items } = await countedPage(
    query.page,
    query.size,
    () => db.signup.count({ where }),
    ({ skip, take }) =>
      db.signup.findMany({
        where,
        orderBy: attendeeOrder(query, locale),
        skip,
        take,
        select,
      }),
  );
  return { items: withNames(items), ...paging };
}

/** How many signups an export of the list as filtered would hold, within the viewer's scope. */
export function countAttendees(viewer: Viewer, eventId: string, status: AttendeeStatusFilter) {
  return db.signup.count({ where: whereFor(viewer, eventId, status) });
}

/** Every signup of an event as filtered and sorted, within the viewer's scope, for the CSV export. */
export async function allAttendees(
  viewer: Viewer,
  eventId: string,
  status: AttendeeStatusFilter = "ALL",
  query: AttendeeQuery = parseListQuery(ATTENDEE_LIST, {}),
  locale: Locale = "zh-CN",
  limit = Number.MAX_SAFE_INTEGER,
) {
  const where = whereFor(viewer, eventId, status);
  const orderBy = attendeeOrder(query, locale);
  const rows = await readInBatches(limit, (skip, take) => db.signup.findMany({ where, orderBy, skip, take, select }));
  return withNames(rows);
}

/** The people to check in: every live ticket of the event's confirmed signups, by company, then in signup order. */
export function checkInTickets(eventId: string) {
  return db.ticket.findMany({
    where: { eventId: lookupId(eventId), cancelledAt: null, signup: { status: "CONFIRMED" } },
    orderBy: [{ signup: { merchant: { nameZh: "asc" } } }, { signupId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      name: true,
      merchantId: true,
      checkedInAt: true,
      signup: { select: { merchant: { select: { nameZh: true, nameEn: true } } } },
    },
  });
}
