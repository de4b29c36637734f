import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { loadMatchProfile, matchPartners } from "./suggest-partners";
import { listMyEvents, listUpcomingEvents } from "./public-events";
import { countCompaniesConnected, getEventStats } from "./event-stats";
import { makeEvent, makeMerchant } from "@/lib/testing/event-fixtures";
import { newTicketCode } from "./ticket-code";

let xiyong = "";
let dazu = "";
let amazon = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  dazu = (await db.park.findUniqueOrThrow({ where: { code: "DAZU-LONGSHUI" } })).id;
  amazon = (await db.platform.findUniqueOrThrow({ where: { code: "amazon" } })).id;
});
afterAll(() => db.$disconnect());

describe("partner suggestions", () => {
  it("match a partner on the merchant's platforms, its SKUs' markets and its categories, and say why", async () => {
    const m = await makeMerchant(db, { parkId: xiyong, platformIds: [amazon], hsChapters: ["85", "87"] });
    await db.sku.create({
      data: {
        merchantId: m.merchantId,
        code: "EB-01",
        hsCode: "871495",
        hsChapter: "87",
        unitPriceMinor: 1999,
        currency: "USD",
        weightGrams: 900,
        markets: { create: [{ country: "DE" }, { country: "RU" }] },
      },
    });
    const profile = await loadMatchProfile(m.merchantId);
    expect(profile).toEqual({
      platformIds: [amazon],
      hsChapters: ["85", "87"],
      markets: expect.arrayContaining(["DE", "RU"]),
    });
    const partners = [
      { id: "amazon", platformId: amazon, markets: "US,GB", hsChapters: "" },
      { id: "rail", platformId: null, markets: "DE,PL,RU", hsChapters: "84,87" },
      { id: "payments", platformId: null, markets: "US,JP", hsChapters: "" },
    ];
    expect(matchPartners(partners, profile)).toEqual([
      { partnerId: "amazon", platform: true, markets: [], hsChapters: [] },
      { partnerId: "rail", platform: false, markets: ["DE", "RU"], hsChapters: ["87"] },
    ]);
    expect(matchPartners(partners, { platformIds: [], markets: [], hsChapters: [] })).toEqual([]);
  });
});

describe("lists", () => {
  it("show upcoming published events only, soonest first", async () => {
    const soon = await makeEvent(db, { startsAt: new Date(Date.now() + 2 * 86_400_000) });
    const draft = await makeEvent(db, { status: "DRAFT" });
    const past = await makeEvent(db, { startsAt: new Date(Date.now() - 3 * 86_400_000) });
    const { items } = await listUpcomingEvents(1, undefined);
    const slugs = items.map((e) => e.slug);
    expect(slugs[0]).toBe(soon.slug);
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(past.slug);
  });

  it("split a merchant's signups into upcoming and past, with its waitlist position", async () => {
    const m = await makeMerchant(db, { parkId: xiyong });
    const other = await makeMerchant(db, { parkId: xiyong });
    const upcoming = await makeEvent(db, { capacity: 1 });
    const done = await makeEvent(db, { status: "COMPLETED", startsAt: new Date(Date.now() - 5 * 86_400_000) });
    await db.signup.create({
      data: {
        eventId: upcoming.id,
        merchantId: other.merchantId,
        seats: 1,
        attendeeNames: '["甲"]',
        status: "WAITLISTED",
        waitlistSeq: 1,
      },
    });
    await db.signup.create({
      data: {
        eventId: upcoming.id,
        merchantId: m.merchantId,
        seats: 1,
        attendeeNames: '["乙"]',
        status: "WAITLISTED",
        waitlistSeq: 2,
      },
    });
    await db.signup.create({
      data: {
        eventId: done.id,
        merchantId: m.merchantId,
        seats: 2,
        attendeeNames: '["乙","丙"]',
        status: "CONFIRMED",
        checkedInAt: new Date(),
      },
    });
    const mine = await listMyEvents(m.merchantId);
    expect(mine.upcoming.map((r) => [r.eventId, r.status, r.position])).toEqual([[upcoming.id, "WAITLISTED", 2]]);
    expect(mine.past.map((r) => [r.eventId, r.names])).toEqual([[done.id, ["乙", "丙"]]]);
  });
});

describe("statistics", () => {
  // A signup with one ticket per name; `checkedIn` says which of them came in.
  const signup = async (
    eventId: string,
    merchantId: string,
    checkedIn: boolean | boolean[],
    status: "CONFIRMED" | "WAITLISTED" = "CONFIRMED",
  ) => {
    const people = Array.isArray(checkedIn) ? checkedIn : [checkedIn];
    const names = people.map((_, i) => `甲${i}`);
    const row = await db.signup.create({
      data: {
        eventId,
        merchantId,
        seats: names.length,
        attendeeNames: JSON.stringify(names),
        status,
        checkedInAt: people.some(Boolean) ? new Date() : null,
      },
    });
    if (status !== "CONFIRMED") return;
    await db.ticket.createMany({
      data: names.map((name, position) => ({
        signupId: row.id,
        eventId,
        merchantId,
        position,
        name,
        code: newTicketCode(),
        checkedInAt: people[position] ? new Date() : null,
      })),
    });
  };
  it("count signups, attendance at completed events, and each company connected once a year, within the viewer's scope", async () => {
    const at = (iso: string) => new Date(iso);
    const first = await makeEvent(db, {
      status: "COMPLETED",
      startsAt: at("2024-03-01T01:30:00Z"),
      signupDeadline: at("2024-02-25T00:00:00Z"),
    });
    const second = await makeEvent(db, {
      status: "COMPLETED",
      startsAt: at("2024-09-01T01:30:00Z"),
      signupDeadline: at("2024-08-25T00:00:00Z"),
    });
    // 08:00 on 1 January 2025 in Shanghai is still 2024 in UTC: it counts for 2025.
    const newYear = await makeEvent(db, {
      status: "COMPLETED",
      startsAt: at("2024-12-31T16:30:00Z"),
      signupDeadline: at("2024-12-20T00:00:00Z"),
    });
    const [a, b] = [await makeMerchant(db, { parkId: xiyong }), await makeMerchant(db, { parkId: dazu })];
    await signup(first.id, a.merchantId, true);
    await signup(first.id, b.merchantId, false);
    await signup(second.id, a.merchantId, true);
    await signup(second.id, b.merchantId, false, "WAITLISTED");
    await signup(newYear.id, b.merchantId, true);

    const staff = await getEventStats({ role: "STAFF", parkId: null }, 2024);
    expect(staff).toMatchObject({ events: 2, signups: 4, companiesConnected: 1 });
    expect(staff.attendanceRate).toBeCloseTo(2 / 3);
    expect(await countCompaniesConnected(db, 2025)).toBe(1);
    const operator = await getEventStats({ role: "PARK_OPERATOR", parkId: dazu }, 2024);
    expect(operator).toMatchObject({ signups: 2, companiesConnected: 0, attendanceRate: 0 });
  });

  it("count people and companies apart: a company is connected once one of its people is checked in", async () => {
    const event = await makeEvent(db, {
      status: "COMPLETED",
      startsAt: new Date("2023-06-01T01:30:00Z"),
      signupDeadline: new Date("2023-05-25T00:00:00Z"),
    });
    const [a, b, c] = [
      await makeMerchant(db, { parkId: xiyong }),
      await makeMerchant(db, { parkId: xiyong }),
      await makeMerchant(db, { parkId: dazu }),
    ];
    await signup(event.id, a.merchantId, [true, false, false]);
    await signup(event.id, b.merchantId, [true, true]);
    await signup(event.id, c.merchantId, [false]);
    // A cancelled ticket checked in before its signup was withdrawn counts for nobody.
    const gone = await db.ticket.findFirstOrThrow({ where: { merchantId: c.merchantId } });
    await db.ticket.update({ where: { id: gone.id }, data: { checkedInAt: new Date(), cancelledAt: new Date() } });

    const stats = await getEventStats({ role: "STAFF", parkId: null }, 2023);
    expect(stats.rows).toMatchObject([{ id: event.id, confirmed: 3, checkedIn: 2, people: 5, peopleIn: 3 }]);
    expect(stats).toMatchObject({ companiesConnected: 2, peopleConfirmed: 5, peopleCheckedIn: 3 });
    expect(stats.attendanceRate).toBeCloseTo(2 / 3);
    expect(await countCompaniesConnected(db, 2023, { parkId: dazu })).toBe(0);
  });
});
