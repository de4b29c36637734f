import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import jsQR from "jsqr";
import { db } from "@/lib/server/db";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { makeEvent, makeMerchant, names, type TestMerchant } from "@/lib/testing/event-fixtures";
import { signUp } from "./sign-up";
import { withdrawSignup } from "./withdraw-signup";
import { checkInTicket, undoTicketCheckIn } from "./check-in";
import { checkInOpen } from "./rules";
import { groupTicketCode, newTicketCode, signedTicketCode, verifyTicketCode } from "./ticket-code";
import { ticketsForMerchant } from "./tickets";
import { ticketQrPng } from "./ticket-qr";

let parkId = "";
let staff = { userId: "", role: "STAFF" as const };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  const user = await db.user.create({
    data: { email: "door@example.com", name: "王门岗", passwordHash: "x", role: "STAFF" },
  });
  staff = { userId: user.id, role: "STAFF" };
});
afterAll(() => db.$disconnect());

const actor = (m: TestMerchant) => ({ userId: m.userId, merchantId: m.merchantId });

/** An event held today (it starts now and lasts six hours), with a merchant signed up for `seats` people. */
async function eventToday(seats = 2, capacity = 10) {
  const event = await makeEvent(db, { capacity, startsAt: new Date(), signupDeadline: new Date(Date.now() + 60_000) });
  const merchant = await makeMerchant(db, { parkId });
  const result = await signUp(db, actor(merchant), event.slug, { attendees: names(seats), partnerIds: [] });
  expect(result).toMatchObject({ ok: true, status: "CONFIRMED" });
  return { event, merchant, tickets: await ticketsForMerchant(db, merchant.merchantId, event.id) };
}

describe("ticket codes", () => {
  it("are 130 random bits and a signature, never an id, and verify however they are typed", () => {
    const code = newTicketCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(newTicketCode()).not.toBe(code);
    const signed = signedTicketCode(code);
    expect(signed).toHaveLength(36);
    expect(verifyTicketCode(signed)).toBe(code);
    expect(verifyTicketCode(` ${groupTicketCode(signed).toLowerCase()} `)).toBe(code);
    // Crockford's reading: O is 0, I and L are 1.
    const confusable = signed.replace(/0/g, "O").replace(/1/g, "l");
    expect(verifyTicketCode(confusable)).toBe(code);
  });

  it("refuses a forged or altered code before the database is asked", () => {
    const signed = signedTicketCode(newTicketCode());
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    expect(verifyTicketCode(flip(signed, 3))).toBeNull(); // the random part altered
    expect(verifyTicketCode(flip(signed, 30))).toBeNull(); // the signature altered
    expect(verifyTicketCode(`${newTicketCode()}${signed.slice(26)}`)).toBeNull(); // another code's signature
    expect(verifyTicketCode(signed.slice(0, 35))).toBeNull();
    expect(verifyTicketCode(`${signed}0`)).toBeNull();
    expect(verifyTicketCode("x".repeat(10_000))).toBeNull();
    expect(verifyTicketCode(42)).toBeNull();
  });

  it("check-in answers a forged code 'not a valid ticket code' and a genuine code of another event 'not found'", async () => {
    const { event, tickets } = await eventToday(1);
    const forged = `${tickets[0].code.slice(0, 26)}${"A".repeat(10)}`;
    expect(await checkInTicket(db, staff, event.id, { code: forged })).toEqual({ ok: false, reason: "invalidCode" });
    const other = await eventToday(1);
    expect(await checkInTicket(db, staff, other.event.id, { code: tickets[0].code })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await db.ticket.count({ where: { checkedInAt: { not: null }, eventId: event.id } })).toBe(0);
  });

  it("the QR code on the ticket decodes, with jsqr, to the code shown", async () => {
    const { tickets } = await eventToday(1);
    const png = PNG.sync.read(await ticketQrPng(tickets[0].code));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(tickets[0].code);
    expect(groupTicketCode(decoded!.data)).toBe(tickets[0].grouped);
  });
});

describe("tickets follow the signup", () => {
  it("one per person when confirmed, none while waitlisted, cancelled on withdrawal, issued on promotion", async () => {
    const event = await makeEvent(db, { capacity: 2 });
    const [a, b] = [await makeMerchant(db, { parkId }), await makeMerchant(db, { parkId })];
    const first = await signUp(db, actor(a), event.slug, { attendees: ["张伟", "李娜"], partnerIds: [] });
    await signUp(db, actor(b), event.slug, { attendees: ["王芳"], partnerIds: [] });
    expect((await ticketsForMerchant(db, a.merchantId, event.id)).map((t) => t.name)).toEqual(["张伟", "李娜"]);
    expect(await ticketsForMerchant(db, b.merchantId, event.id)).toEqual([]);
    // Another company's member, asking for this event, finds none of A's tickets.
    expect(await ticketsForMerchant(db, b.merchantId)).toEqual([]);

    if (!first.ok) throw new Error("signup");
    expect(await withdrawSignup(db, actor(a), first.signupId)).toMatchObject({ ok: true });
    expect(await ticketsForMerchant(db, a.merchantId, event.id)).toEqual([]);
    expect(await db.ticket.count({ where: { merchantId: a.merchantId, cancelledAt: { not: null } } })).toBe(2);
    expect((await ticketsForMerchant(db, b.merchantId, event.id)).map((t) => t.name)).toEqual(["王芳"]);
  });

  it("a withdrawn ticket's code checks nobody in", async () => {
    const event = await makeEvent(db, {
      capacity: 5,
      startsAt: new Date(Date.now() + 120_000),
      signupDeadline: new Date(Date.now() + 60_000),
    });
    const m = await makeMerchant(db, { parkId });
    const result = await signUp(db, actor(m), event.slug, { attendees: ["张伟"], partnerIds: [] });
    if (!result.ok) throw new Error("signup");
    const [ticket] = await ticketsForMerchant(db, m.merchantId, event.id);
    await withdrawSignup(db, actor(m), result.signupId);
    expect(await checkInTicket(db, staff, event.id, { code: ticket.code })).toEqual({ ok: false, reason: "cancelled" });
  });
});

describe("check-in at the door", () => {
  it("checks a person in once: a second scan says already, at what time and by whom", async () => {
    const { event, tickets } = await eventToday(2);
    const first = await checkInTicket(db, staff, event.id, { code: tickets[0].grouped });
    expect(first).toMatchObject({ ok: true, status: "checkedIn", ticket: { name: tickets[0].name } });
    const again = await checkInTicket(db, staff, event.id, { code: tickets[0].code });
    expect(again).toMatchObject({ ok: true, status: "already", by: "王门岗" });
    expect(again.ok && again.at.getTime()).toBe(first.ok && first.at.getTime());
    const signup = await db.signup.findFirstOrThrow({ where: { eventId: event.id } });
    expect(signup.checkedInAt).toEqual(first.ok && first.at);
    expect(await db.auditLog.count({ where: { entityId: tickets[0].id, action: "signup.check_in" } })).toBe(1);
  });

  it("two devices scanning the same ticket at once check it in once", async () => {
    const { event, tickets } = await eventToday(1);
    // On PostgreSQL the second device has its own connection pool, as a second server process would.
    const other = process.env.TEST_POSTGRES_URL ? createPrismaClient(process.env.DATABASE_URL!) : db;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        checkInTicket(i % 2 ? other : db, staff, event.id, { code: tickets[0].code }),
      ),
    );
    if (other !== db) await other.$disconnect();
    expect(results.filter((r) => r.ok && r.status === "checkedIn")).toHaveLength(1);
    expect(results.filter((r) => r.ok && r.status === "already")).toHaveLength(5);
    expect(await db.auditLog.count({ where: { entityId: tickets[0].id, action: "signup.check_in" } })).toBe(1);
  });

  it("keeps a queued offline scan's time when it falls within the event's day, and the server's time otherwise", async () => {
    const { event, tickets } = await eventToday(3);
    const now = new Date();
    const earlier = new Date(now.getTime() - 60_000);
    const a = await checkInTicket(db, staff, event.id, { code: tickets[0].code }, { now, scannedAt: earlier });
    expect(a.ok && a.at).toEqual(earlier);
    const future = new Date(now.getTime() + 3_600_000);
    const b = await checkInTicket(db, staff, event.id, { code: tickets[1].code }, { now, scannedAt: future });
    expect(b.ok && b.at).toEqual(now);
    const yesterday = new Date(now.getTime() - 2 * 86_400_000);
    const c = await checkInTicket(db, staff, event.id, { code: tickets[2].code }, { now, scannedAt: yesterday });
    expect(c.ok && c.at).toEqual(now);
  });

  it("undoes a check-in; the company counts as in while one of its people is", async () => {
    const { event, tickets } = await eventToday(2);
    await checkInTicket(db, staff, event.id, { code: tickets[0].code });
    await checkInTicket(db, staff, event.id, { code: tickets[1].code });
    expect(await undoTicketCheckIn(db, staff, event.id, tickets[0].id)).toMatchObject({ ok: true });
    expect((await db.signup.findFirstOrThrow({ where: { eventId: event.id } })).checkedInAt).not.toBeNull();
    expect(await undoTicketCheckIn(db, staff, event.id, tickets[1].id)).toMatchObject({ ok: true });
    expect((await db.signup.findFirstOrThrow({ where: { eventId: event.id } })).checkedInAt).toBeNull();
    expect(await undoTicketCheckIn(db, staff, event.id, tickets[1].id)).toMatchObject({
      ok: false,
      reason: "notCheckedIn",
    });
  });

  it("refuses merchants and park operators", async () => {
    const { event, tickets, merchant } = await eventToday(1);
    for (const who of [
      { userId: merchant.userId, role: "MERCHANT" as const },
      { userId: staff.userId, role: "PARK_OPERATOR" as const },
    ]) {
      expect(await checkInTicket(db, who, event.id, { code: tickets[0].code })).toEqual({
        ok: false,
        reason: "forbidden",
      });
    }
    expect(await db.ticket.count({ where: { eventId: event.id, checkedInAt: { not: null } } })).toBe(0);
  });
});

describe("the check-in window", () => {
  // 09:30 on 9 December 2026 in Shanghai, until 17:30.
  const event = {
    status: "PUBLISHED" as const,
    startsAt: new Date("2026-12-09T01:30:00Z"),
    endsAt: new Date("2026-12-09T09:30:00Z"),
  };

  it("opens at midnight of the event's day in Asia/Shanghai and closes at the end of its last day", () => {
    expect(checkInOpen(event, new Date("2026-12-08T15:59:59Z"))).toBe("closed"); // 23:59:59 the day before
    expect(checkInOpen(event, new Date("2026-12-08T16:00:00Z"))).toBe("open"); // 00:00 on the day
    expect(checkInOpen(event, new Date("2026-12-09T15:59:59Z"))).toBe("open"); // 23:59:59 on the day
    expect(checkInOpen(event, new Date("2026-12-09T16:00:00Z"))).toBe("closed");
    expect(checkInOpen(event, new Date("2026-11-27T02:00:00Z"))).toBe("closed"); // 12 days before
    const twoDays = { ...event, endsAt: new Date("2026-12-10T09:30:00Z") };
    expect(checkInOpen(twoDays, new Date("2026-12-10T12:00:00Z"))).toBe("open");
    expect(checkInOpen({ ...event, status: "CANCELLED" }, new Date("2026-12-09T02:00:00Z"))).toBe("notOpen");
    expect(checkInOpen({ ...event, status: "COMPLETED" }, new Date("2026-12-09T12:00:00Z"))).toBe("open");
  });

  it("refuses a check-in the day before, and changes nothing", async () => {
    const tomorrow = await makeEvent(db, {
      capacity: 5,
      startsAt: new Date(Date.now() + 86_400_000),
      signupDeadline: new Date(Date.now() + 60_000),
    });
    const m = await makeMerchant(db, { parkId });
    await signUp(db, actor(m), tomorrow.slug, { attendees: ["张伟"], partnerIds: [] });
    const [ticket] = await ticketsForMerchant(db, m.merchantId, tomorrow.id);
    expect(await checkInTicket(db, staff, tomorrow.id, { code: ticket.code })).toEqual({
      ok: false,
      reason: "closed",
      startsAt: tomorrow.startsAt,
    });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ checkedInAt: null });
  });
});
