import "server-only";
import { db } from "@/lib/server/db";
import { countedPage, type PageRequest } from "@/lib/paging";
import { BELTS } from "@/lib/validation/event";
import { eventKeyWhere, parseAttendeeNames } from "./rules";
import { waitlistPosition } from "./seats";

export const PUBLIC_PAGE_SIZE = 9;

const eventFields = {
  id: true,
  slug: true,
  titleZh: true,
  titleEn: true,
  belt: true,
  startsAt: true,
  endsAt: true,
  venueZh: true,
  venueEn: true,
  onlineUrl: true,
  capacity: true,
  seatsTaken: true,
  signupDeadline: true,
  status: true,
} as const;
const listSelect = { ...eventFields, _count: { select: { partners: true } } } as const;

/** Published events that have not ended, soonest first; visible without signing in. */
export async function listUpcomingEvents(page: PageRequest, belt: string | undefined, now = new Date()) {
  const where = {
    status: "PUBLISHED" as const,
    endsAt: { gte: now },
    ...(belt && (BELTS as readonly string[]).includes(belt) ? { belt } : {}),
  };
  const { paging, rows: items } = await countedPage(
    page,
    PUBLIC_PAGE_SIZE,
    () => db.event.count({ where }),
    ({ skip, take }) =>
      db.event.findMany({
        where,
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        skip,
        take,
        select: listSelect,
      }),
  );
  return { items, ...paging };
}

/**
 * The latest events that took place, newest first, with their attendance:
 * people checked in and the companies they came from. Public figures, no names.
 */
export async function listPastEvents(take = 6, now = new Date()) {
  const events = await db.event.findMany({
    where: { OR: [{ status: "COMPLETED" }, { status: "PUBLISHED", endsAt: { lt: now } }] },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take,
    select: listSelect,
  });
  const attended = await db.ticket.groupBy({
    by: ["eventId", "merchantId"],
    where: {
      eventId: { in: events.map((e) => e.id) },
      cancelledAt: null,
      checkedInAt: { not: null },
      signup: { status: "CONFIRMED" },
    },
    _count: { _all: true },
  });
  return events.map((event) => {
    const rows = attended.filter((a) => a.eventId === event.id);
    return { ...event, people: rows.reduce((s, r) => s + r._count._all, 0), companies: rows.length };
  });
}

/** An event's public page: any event but a draft, by slug or id, with its partners. */
export function getPublicEvent(key: string) {
  return db.event.findFirst({
    where: { ...eventKeyWhere(key), status: { not: "DRAFT" } },
    include: {
      partners: {
        include: { partner: { include: { platform: { select: { nameZh: true, nameEn: true } } } } },
        orderBy: [{ partner: { kind: "asc" } }, { partner: { nameEn: "asc" } }],
      },
    },
  });
}

/** The merchant's own signup for an event, with its waitlist position. */
export async function getOwnSignup(eventId: string, merchantId: string) {
  const signup = await db.signup.findUnique({
    where: { eventId_merchantId: { eventId, merchantId } },
    include: { interests: { select: { partnerId: true } } },
  });
  if (!signup) return null;
  const position =
    signup.status === "WAITLISTED" && signup.waitlistSeq !== null
      ? await waitlistPosition(db, eventId, signup.waitlistSeq)
      : null;
  return { ...signup, names: parseAttendeeNames(signup.attendeeNames), position };
}

/** A merchant's signups, split into upcoming and past, each with its waitlist position. */
export async function listMyEvents(merchantId: string, now = new Date()) {
  const signups = await db.signup.findMany({
    where: { merchantId },
    orderBy: [{ event: { startsAt: "asc" } }, { id: "asc" }],
    include: { event: { select: eventFields } },
  });
  const rows = await Promise.all(
    signups.map(async (s) => ({
      ...s,
      names: parseAttendeeNames(s.attendeeNames),
      position:
        s.status === "WAITLISTED" && s.waitlistSeq !== null
          ? await waitlistPosition(db, s.eventId, s.waitlistSeq)
          : null,
    })),
  );
  const isUpcoming = (r: (typeof rows)[number]) => r.event.status === "PUBLISHED" && r.event.endsAt >= now;
  return { upcoming: rows.filter(isUpcoming), past: rows.filter((r) => !isUpcoming(r)).reverse() };
}
