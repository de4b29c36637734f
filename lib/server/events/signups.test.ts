import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { signUp } from "./sign-up";
import { withdrawSignup } from "./withdraw-signup";
import { signupRefusal } from "./rules";
import { makeEvent, makeMerchant, names, signupKit, type TestMerchant } from "@/lib/testing/event-fixtures";

let parkId = "";
let kit: ReturnType<typeof signupKit>;

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  kit = signupKit(db, parkId, signUp);
});
afterAll(() => db.$disconnect());

const actor = (m: TestMerchant) => kit.actor(m);
const merchants = (n: number) => kit.merchants(n);
const join = (m: TestMerchant, slug: string, seats: number, partnerIds: string[] = []) =>
  kit.join(m, slug, seats, partnerIds);
const state = (eventId: string) => kit.state(eventId);

describe("capacity and waitlist", () => {
  it("confirms signups while their seats fit, then waitlists in order with positions", async () => {
    const event = await makeEvent(db, { capacity: 5 });
    const [a, b, c, d] = await merchants(4);
    expect(await join(a, event.slug, 3)).toMatchObject({ ok: true, status: "CONFIRMED", seats: 3, position: null });
    expect(await join(b, event.slug, 2)).toMatchObject({ ok: true, status: "CONFIRMED" });
    expect(await join(c, event.id, 1)).toMatchObject({ ok: true, status: "WAITLISTED", position: 1 });
    expect(await join(d, event.slug, 2)).toMatchObject({ ok: true, status: "WAITLISTED", position: 2 });
    expect((await state(event.id)).seatsTaken).toBe(5);

    const told = await db.notification.findFirstOrThrow({ where: { userId: c.userId, kind: "signup_waitlisted" } });
    expect(JSON.parse(told.params)).toMatchObject({
      position: 1,
      seats: 1,
      eventZh: event.titleZh,
      eventEn: event.titleEn,
    });
    expect(await db.notification.count({ where: { userId: a.userId, kind: "signup_confirmed" } })).toBe(1);
    expect(
      await db.auditLog.count({
        where: {
          entityType: "Signup",
          action: { in: ["signup.confirm", "signup.waitlist"] },
          details: { contains: event.id },
        },
      }),
    ).toBe(4);
  });

  it("promotes the first waitlisted signups that fit the freed seats, skipping one too large", async () => {
    const event = await makeEvent(db, { capacity: 4 });
    const [a, b, c, d, e] = await merchants(5);
    await join(a, event.slug, 2);
    await join(b, event.slug, 2);
    await join(c, event.slug, 3); // waitlist 1, too large for 2 freed seats
    await join(d, event.slug, 1); // waitlist 2
    await join(e, event.slug, 2); // waitlist 3

    const aSignup = await db.signup.findFirstOrThrow({ where: { eventId: event.id, merchantId: a.merchantId } });
    const withdrawn = await withdrawSignup(db, actor(a), aSignup.id);
    expect(withdrawn).toMatchObject({ ok: true, promoted: [expect.objectContaining({ merchantId: d.merchantId })] });
    let s = await state(event.id);
    expect(s.seatsTaken).toBe(3);
    expect(s.byMerchant).toMatchObject({
      [a.merchantId]: "WITHDRAWN",
      [c.merchantId]: "WAITLISTED",
      [d.merchantId]: "CONFIRMED",
      [e.merchantId]: "WAITLISTED",
    });
    expect(await db.notification.count({ where: { userId: d.userId, kind: "signup_promoted" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: c.userId, kind: "signup_promoted" } })).toBe(0);
    // The skipped signup keeps its place at the head of the waitlist.
    expect(await join(c, event.slug, 1)).toEqual({ ok: false, reason: "alreadySignedUp" });

    const bSignup = await db.signup.findFirstOrThrow({ where: { eventId: event.id, merchantId: b.merchantId } });
    await withdrawSignup(db, actor(b), bSignup.id);
    s = await state(event.id);
    expect(s.seatsTaken).toBe(4);
    expect(s.byMerchant).toMatchObject({ [c.merchantId]: "CONFIRMED", [e.merchantId]: "WAITLISTED" });
    expect(await db.auditLog.count({ where: { action: "signup.promote", details: { contains: event.id } } })).toBe(2);
  });

  it("withdrawing a waitlisted signup frees no seats and promotes nobody", async () => {
    const event = await makeEvent(db, { capacity: 1 });
    const [a, b] = await merchants(2);
    await join(a, event.slug, 1);
    const waiting = await join(b, event.slug, 1);
    if (!waiting.ok) throw new Error("setup");
    expect(await withdrawSignup(db, actor(b), waiting.signupId)).toMatchObject({ ok: true, promoted: [] });
    expect((await state(event.id)).seatsTaken).toBe(1);
  });

  it("a merchant signs up once; after withdrawing it may sign up again, at the end of the waitlist", async () => {
    const event = await makeEvent(db, { capacity: 2 });
    const [a, b] = await merchants(2);
    const first = await join(a, event.slug, 2);
    expect(await join(a, event.slug, 1)).toEqual({ ok: false, reason: "alreadySignedUp" });
    await join(b, event.slug, 1);
    if (!first.ok) throw new Error("setup");
    await withdrawSignup(db, actor(a), first.signupId);
    expect((await state(event.id)).byMerchant[b.merchantId]).toBe("CONFIRMED");
    const again = await join(a, event.slug, 2);
    expect(again).toMatchObject({ ok: true, status: "WAITLISTED", position: 1, signupId: first.signupId });
    expect(await db.signup.count({ where: { eventId: event.id, merchantId: a.merchantId } })).toBe(1);
  });

  it("a double click creates one signup", async () => {
    const event = await makeEvent(db, { capacity: 10 });
    const [a] = await merchants(1);
    const results = await Promise.all([join(a, event.slug, 2), join(a, event.slug, 2), join(a, event.slug, 2)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "alreadySignedUp" },
      { ok: false, reason: "alreadySignedUp" },
    ]);
    expect(await db.signup.count({ where: { eventId: event.id } })).toBe(1);
    expect((await state(event.id)).seatsTaken).toBe(2);
  });

  it("never oversells under concurrent signups, and the waitlist is numbered without gaps", async () => {
    const event = await makeEvent(db, { capacity: 20 });
    const crowd = await merchants(60);
    // On PostgreSQL a second client stands in for a second server process.
    // (better-sqlite3 waits synchronously, so on SQLite one client serves all;
    // the load test runs two real processes.)
    const pg = process.env.TEST_POSTGRES_URL ? createPrismaClient(process.env.DATABASE_URL!) : null;
    const results = await Promise.all(
      crowd.map((m, i) =>
        signUp(pg && i % 2 ? pg : db, actor(m), event.slug, { attendees: names(1 + (i % 3)), partnerIds: [] }),
      ),
    );
    await pg?.$disconnect();
    expect(results.every((r) => r.ok)).toBe(true);
    const s = await state(event.id);
    const confirmed = s.signups.filter((x) => x.status === "CONFIRMED");
    const waitlisted = s.signups.filter((x) => x.status === "WAITLISTED");
    expect(confirmed.reduce((sum, x) => sum + x.seats, 0)).toBe(s.seatsTaken);
    expect(s.seatsTaken).toBeLessThanOrEqual(20);
    expect(s.seatsTaken).toBeGreaterThanOrEqual(18);
    expect(confirmed.length + waitlisted.length).toBe(60);
    expect(waitlisted.map((x) => x.waitlistSeq).sort((p, q) => p! - q!)).toEqual(waitlisted.map((_, i) => i + 1));
  });
});

describe("deadline, state and merchant rules", () => {
  const now = new Date("2025-09-10T00:00:00Z");
  const open = { status: "PUBLISHED" as const, signupDeadline: new Date("2025-09-15T10:00:00Z") };
  const approved = { verificationStatus: "APPROVED", accountState: "ACTIVE" };

  it("give the reason a signup is refused", () => {
    expect(signupRefusal(open, approved, now)).toBeNull();
    expect(signupRefusal(open, approved, new Date("2025-09-15T10:00:01Z"))).toBe("deadlinePassed");
    expect(signupRefusal({ ...open, status: "DRAFT" }, approved, now)).toBe("notOpen");
    expect(signupRefusal({ ...open, status: "CANCELLED" }, approved, now)).toBe("cancelled");
    expect(signupRefusal({ ...open, status: "COMPLETED" }, approved, now)).toBe("completed");
    expect(signupRefusal(open, { ...approved, verificationStatus: "PENDING" }, now)).toBe("merchantNotApproved");
    expect(signupRefusal(open, { ...approved, accountState: "SUSPENDED" }, now)).toBe("merchantSuspended");
  });

  it("refuse signups after the deadline, for events not open, and by merchants not approved, writing nothing", async () => {
    const [a] = await merchants(1);
    const pending = await makeMerchant(db, { parkId, status: "PENDING" });
    const suspended = await makeMerchant(db, { parkId, suspended: true });
    const late = await makeEvent(db, { signupDeadline: new Date(Date.now() - 60_000) });
    const cases: [TestMerchant, string, string][] = [
      [a, late.slug, "deadlinePassed"],
      [a, (await makeEvent(db, { status: "DRAFT" })).slug, "notOpen"],
      [a, (await makeEvent(db, { status: "CANCELLED" })).slug, "cancelled"],
      [a, (await makeEvent(db, { status: "COMPLETED" })).slug, "completed"],
      [a, "no-such-event", "notFound"],
      [pending, (await makeEvent(db)).slug, "merchantNotApproved"],
      [suspended, (await makeEvent(db)).slug, "merchantSuspended"],
    ];
    for (const [m, slug, reason] of cases) {
      const before = await db.signup.count();
      expect(await join(m, slug, 1)).toEqual({ ok: false, reason });
      expect(await db.signup.count()).toBe(before);
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: late.id } })).seatsTaken).toBe(0);
  });

  it("accept only partners attending the event", async () => {
    const partner = await db.partner.create({ data: { kind: "LOGISTICS", nameZh: "渝新欧", nameEn: "Yuxinou" } });
    const other = await db.partner.create({ data: { kind: "PAYMENT", nameZh: "连连", nameEn: "LianLian" } });
    const event = await makeEvent(db, { partnerIds: [partner.id] });
    const [a, b] = await merchants(2);
    expect(await join(a, event.slug, 1, [other.id])).toEqual({ ok: false, reason: "partnerUnknown" });
    const ok = await join(b, event.slug, 1, [partner.id]);
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(await db.signupInterest.findMany({ where: { signupId: ok.signupId } })).toEqual([
        { signupId: ok.signupId, partnerId: partner.id },
      ]);
  });

  it("another merchant's signup cannot be withdrawn, nor one whose event has started", async () => {
    const event = await makeEvent(db);
    const [a, b] = await merchants(2);
    const mine = await join(a, event.slug, 2);
    if (!mine.ok) throw new Error("setup");
    expect(await withdrawSignup(db, actor(b), mine.signupId)).toEqual({ ok: false, reason: "notFound" });
    expect(await withdrawSignup(db, actor(a), mine.signupId, new Date(event.startsAt.getTime() + 1))).toEqual({
      ok: false,
      reason: "tooLate",
    });
    expect(await state(event.id)).toMatchObject({ seatsTaken: 2, byMerchant: { [a.merchantId]: "CONFIRMED" } });
  });
});
