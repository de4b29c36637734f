// Demo matchmaking events: ~15 partners, the 2025 "cross-border e-commerce +
// industrial belt" events (completed, with check-ins), one cancelled, and a few
// upcoming ones. Deterministic (fixed seed); the 2025 events have fixed dates,
// the upcoming ones are placed relative to the day the database is seeded.
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { cst } from "./dates";
import { ATTENDEES, EVENTS, PARTNERS, type EventSeed } from "./event-plan";
import { rng, seededId } from "./random";
import { newTicketCode } from "@/lib/server/events/ticket-code";

const SEED = 20_250_601;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const desc = (zh: string, en: string) => ({
  descriptionZh: `${zh}现场设平台招商、物流与海外仓、跨境支付、合规认证四个对接区，企业可预约一对一洽谈。`,
  descriptionEn: `${en}: four matchmaking areas for platform onboarding, logistics and overseas warehouses, cross-border payment, and compliance. Companies can book one-to-one meetings.`,
});

type Refs = {
  staffId: string | null;
  demoMerchantId: string | null;
  merchantIds: string[];
  platformIds: Map<string, string>;
};

function startOf(seed: EventSeed, now: Date): Date {
  if (Array.isArray(seed.start)) {
    const [y, m, d, h, min] = seed.start;
    return cst(y, m, d, h, min);
  }
  const shanghaiMidnight = Math.floor((now.getTime() + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  return new Date(shanghaiMidnight + seed.start.days * DAY + seed.start.hour * HOUR);
}

/** Every row of the demo events; pure and deterministic for a given seeding day. */
export function buildEventsData(refs: Refs, now: Date) {
  const r = rng(SEED);
  const newId = () => seededId(r);
  const partnerIds = new Map<string, string>();
  const partners: Prisma.PartnerCreateManyInput[] = PARTNERS.map(
    ([key, kind, nameZh, nameEn, platform, markets, hsChapters]) => {
      const id = newId();
      partnerIds.set(key, id);
      return {
        id,
        kind,
        nameZh,
        nameEn,
        platformId: platform ? (refs.platformIds.get(platform) ?? null) : null,
        markets,
        hsChapters,
        createdAt: new Date(Date.UTC(2025, 0, 6, 1)),
      };
    },
  );
  const events: Prisma.EventCreateManyInput[] = [];
  const links: Prisma.EventPartnerCreateManyInput[] = [];
  const signups: Prisma.SignupCreateManyInput[] = [];
  const interests: Prisma.SignupInterestCreateManyInput[] = [];
  // One ticket per attendee of a confirmed signup; its random code is drawn when written, not here.
  const tickets: Omit<Prisma.TicketCreateManyInput, "code">[] = [];
  for (const seed of EVENTS) {
    const id = newId();
    const startsAt = startOf(seed, now);
    const deadline = new Date(startsAt.getTime() - 3 * DAY);
    // Signups opened a month ahead, and never later than a week before seeding.
    const opened = new Date(Math.min(startsAt.getTime() - 30 * DAY, now.getTime() - 7 * DAY));
    const signupHours = Math.floor((Math.min(deadline.getTime(), now.getTime()) - opened.getTime()) / HOUR);
    const slug = `${seed.belt}-${new Date(startsAt.getTime() + 8 * HOUR).toISOString().slice(0, 10)}`;
    const held = seed.status === "COMPLETED";
    // The demo merchant attended the Xiyong event, and no upcoming one.
    const pool = r.sample(
      refs.merchantIds.filter((m) => m !== refs.demoMerchantId),
      refs.merchantIds.length,
    );
    if (seed.belt === "electronics" && refs.demoMerchantId) pool.unshift(refs.demoMerchantId);
    let taken = 0;
    let requested = 0;
    let seq = 0;
    for (const merchantId of pool) {
      if (requested >= seed.capacity * seed.fill) break;
      const seats = r.pick([1, 1, 2, 2, 3]);
      const fits = taken + seats <= seed.capacity;
      // Only an event asked for beyond its capacity (fill > 1) has a waitlist.
      if (!fits && seed.fill <= 1) continue;
      const status = seed.status === "CANCELLED" ? "CANCELLED" : fits ? "CONFIRMED" : "WAITLISTED";
      requested += seats;
      if (fits) taken += seats;
      const signupId = newId();
      const checkedIn = held && status === "CONFIRMED" && (merchantId === refs.demoMerchantId || r.chance(0.82));
      const names = r.sample(ATTENDEES, seats);
      const checkedInAt = checkedIn ? new Date(startsAt.getTime() + r.int(-30, 60) * 60_000) : null;
      const createdAt = new Date(opened.getTime() + r.int(0, signupHours) * HOUR);
      signups.push({
        id: signupId,
        eventId: id,
        merchantId,
        seats,
        attendeeNames: JSON.stringify(names),
        status,
        waitlistSeq: fits ? null : ++seq,
        createdAt,
        checkedInAt,
        checkedInById: checkedIn ? refs.staffId : null,
      });
      if (status === "CONFIRMED") {
        // The first person of a company that came is checked in; most of the others came too.
        names.forEach((name, position) => {
          const came = checkedInAt !== null && (position === 0 || r.chance(0.8));
          tickets.push({
            id: newId(),
            signupId,
            eventId: id,
            merchantId,
            position,
            name,
            createdAt,
            checkedInAt: came ? new Date(checkedInAt.getTime() + position * 60_000) : null,
            checkedInById: came ? refs.staffId : null,
          });
        });
      }
      for (const key of r.sample(seed.partners, r.int(0, 3)))
        interests.push({ signupId, partnerId: partnerIds.get(key)! });
    }
    const { titleZh, titleEn, venueZh, venueEn, capacity, belt, status } = seed;
    events.push({
      id,
      slug,
      titleZh,
      titleEn,
      venueZh,
      venueEn,
      capacity,
      belt,
      status,
      ...desc(titleZh, titleEn),
      onlineUrl: seed.online ?? "",
      startsAt,
      endsAt: new Date(startsAt.getTime() + seed.hours * HOUR),
      signupDeadline: deadline,
      seatsTaken: status === "CANCELLED" ? 0 : taken,
      createdById: refs.staffId,
      createdAt: new Date(opened.getTime() - 2 * DAY),
      updatedAt: new Date(opened.getTime() - 2 * DAY),
    });
    for (const key of seed.partners) links.push({ eventId: id, partnerId: partnerIds.get(key)! });
  }
  return { partners, events, links, signups, interests, tickets };
}

/** Writes the demo events in one transaction. Idempotent: seeds only an empty partner table. */
export async function seedEvents(db: Db, opts: { now?: Date } = {}): Promise<{ created: boolean }> {
  if (await db.partner.count()) return { created: false };
  const [staff, demo, merchants, platforms] = await Promise.all([
    db.user.findUnique({ where: { email: "staff@example.com" }, select: { id: true } }),
    db.membership.findFirst({ where: { user: { email: "merchant@example.com" } }, select: { merchantId: true } }),
    db.merchant.findMany({
      where: { verificationStatus: "APPROVED", accountState: "ACTIVE" },
      orderBy: { id: "asc" },
      select: { id: true },
    }),
    db.platform.findMany({ select: { id: true, code: true } }),
  ]);
  if (!merchants.length) return { created: false };
  const data = buildEventsData(
    {
      staffId: staff?.id ?? null,
      demoMerchantId: demo?.merchantId ?? null,
      merchantIds: merchants.map((m) => m.id),
      platformIds: new Map(platforms.map((p) => [p.code, p.id])),
    },
    opts.now ?? new Date(),
  );
  await db.$transaction(
    async (tx) => {
      await tx.partner.createMany({ data: data.partners });
      await tx.event.createMany({ data: data.events });
      await tx.eventPartner.createMany({ data: data.links });
      await tx.signup.createMany({ data: data.signups });
      await tx.signupInterest.createMany({ data: data.interests });
      await tx.ticket.createMany({ data: data.tickets.map((t) => ({ ...t, code: newTicketCode() })) });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { created: true };
}
