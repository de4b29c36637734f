import "server-only";
import { db } from "@/lib/server/db";
import { paginate, type PageRequest } from "@/lib/paging";
import { parkScope, type ScopeUser as Viewer } from "@/lib/server/auth/park-scope";
import { SIGNUP_STATUSES } from "@/lib/validation/event";
import { parseAttendeeNames } from "./rules";

export const ATTENDEE_PAGE_SIZE = 50;
export type AttendeeStatusFilter = (typeof SIGNUP_STATUSES)[number] | "ALL";

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

/** One page of an event's signups within the viewer's scope, in signup order. */
export async function listAttendees(viewer: Viewer, eventId: string, status: AttendeeStatusFilter, page: PageRequest) {
  const where = whereFor(viewer, eventId, status);
  const paging = paginate(page, ATTENDEE_PAGE_SIZE, await db.signup.count({ where }));
  const items = await db.signup.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: paging.skip,
    take: paging.take,
    select,
  });
  return { items: withNames(items), ...paging };
}

/** Every signup of an event within the viewer's scope, for the CSV export. */
export async function allAttendees(viewer: Viewer, eventId: string) {
  const rows = await db.signup.findMany({
    where: whereFor(viewer, eventId, "ALL"),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select,
  });
  return withNames(rows);
}

/** The confirmed signups to check in, by company name. */
export async function checkInList(eventId: string) {
  const rows = await db.signup.findMany({
    where: { eventId, status: "CONFIRMED" },
    orderBy: [{ merchant: { nameZh: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      seats: true,
      attendeeNames: true,
      checkedInAt: true,
      merchant: { select: { nameZh: true, nameEn: true } },
    },
  });
  return withNames(rows);
}
