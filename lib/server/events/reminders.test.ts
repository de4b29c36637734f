import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink, decodedBody } from "@/lib/testing/smtp-sink";

// SMTP_URL is read once, so it is set before the mail module loads.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

const { db } = await import("@/lib/server/db");
const { createPrismaClient } = await import("@/lib/db/create-client");
const { seedDemo } = await import("@/lib/seed/demo");
const { signUp } = await import("./sign-up");
const { sendDueEventReminders } = await import("./reminders");
const { makeEvent, makeMerchant, names } = await import("@/lib/testing/event-fixtures");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

let parkId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

// The event starts at 10:00 on 10 December 2030, Beijing time; its reminder
// is due throughout 9 December, Beijing time.
const STARTS = new Date("2030-12-10T10:00:00+08:00");
const at = (stamp: string) => new Date(`${stamp}+08:00`);

async function confirmedEvent(seats = 2) {
  const event = await makeEvent(db, { startsAt: STARTS, signupDeadline: new Date("2030-12-05T00:00:00Z") });
  const merchant = await makeMerchant(db, { parkId });
  const member = await db.user.create({
    data: {
      email: `reminder-member-${merchant.merchantId}@example.com`,
      name: "成员",
      passwordHash: "x",
      role: "MERCHANT",
      locale: "en",
      membership: { create: { merchantId: merchant.merchantId, role: "MEMBER" } },
    },
  });
  const result = await signUp(db, merchant, event.slug, { attendees: names(seats), partnerIds: [] });
  expect(result).toMatchObject({ ok: true, status: "CONFIRMED" });
  return { event, merchant, memberId: member.id };
}

const reminders = (userId: string) => db.notification.count({ where: { userId, kind: "event_reminder" } });

describe("sendDueEventReminders", () => {
  it("reminds every member once on the Beijing day before, with the clock moved across it", async () => {
    const { event, merchant, memberId } = await confirmedEvent();
    const mailsBefore = sink.received.length;

    // 23:59 two days before, Beijing time: not yet due.
    await sendDueEventReminders(db, at("2030-12-08T23:59:00"));
    expect(await reminders(merchant.userId)).toBe(0);

    // Midnight opening the day before (16:00 UTC on the 8th): due.
    expect(await sendDueEventReminders(db, at("2030-12-09T00:00:00"))).toBeGreaterThanOrEqual(1);
    expect(await reminders(merchant.userId)).toBe(1);
    expect(await reminders(memberId)).toBe(1);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: memberId, kind: "event_reminder" } });
    expect(notice.merchantId).toBe(merchant.merchantId);
    expect(JSON.parse(notice.params)).toMatchObject({ eventEn: event.titleEn, seats: 2, time: "2030-12-10 10:00" });

    // Each member got one mail, in their language, with the calendar file.
    await runQueuedJobs();
    const mails = sink.received.slice(mailsBefore);
    const owner = await db.user.findUniqueOrThrow({ where: { id: merchant.userId } });
    expect(mails.map((m) => m.to[0]).sort()).toEqual(
      [owner.email, `reminder-member-${merchant.merchantId}@example.com`].sort(),
    );
    const english = mails.find((m) => m.to[0].startsWith("reminder-member-"))!;
    expect(english.raw).toMatch(/Subject: Reminder: your event is tomorrow/);
    expect(decodedBody(english.raw)).toContain(event.titleEn);
    expect(english.raw).toContain("text/calendar");

    // Later the same day, and on the event day itself: nothing again.
    expect(await sendDueEventReminders(db, at("2030-12-09T23:45:00"))).toBe(0);
    await sendDueEventReminders(db, at("2030-12-10T08:00:00"));
    expect(await reminders(merchant.userId)).toBe(1);
    expect(await reminders(memberId)).toBe(1);
    await runQueuedJobs();
    expect(sink.received.length - mailsBefore).toBe(2);
  });

  it("sends once when two workers run at the same moment", async () => {
    const { merchant, memberId } = await confirmedEvent(1);
    // On PostgreSQL a second client stands in for a second server process
    // (better-sqlite3 waits synchronously, so on SQLite one client runs both).
    const other = process.env.TEST_POSTGRES_URL ? createPrismaClient(process.env.DATABASE_URL!) : db;
    try {
      const now = at("2030-12-09T09:00:00");
      const [a, b] = await Promise.all([sendDueEventReminders(db, now), sendDueEventReminders(other, now)]);
      expect(a + b).toBeGreaterThanOrEqual(1);
      expect(await reminders(merchant.userId)).toBe(1);
      expect(await reminders(memberId)).toBe(1);
      const signup = await db.signup.findFirstOrThrow({ where: { merchantId: merchant.merchantId } });
      expect(signup.reminderSentAt).toEqual(now);
    } finally {
      if (other !== db) await other.$disconnect();
    }
  });

  it("reminds no waitlisted signup, and nothing of a cancelled event", async () => {
    const full = await makeEvent(db, { capacity: 1, startsAt: STARTS, signupDeadline: new Date("2030-12-05Z") });
    const [seated, waiting] = await Promise.all([makeMerchant(db, { parkId }), makeMerchant(db, { parkId })]);
    await signUp(db, seated, full.slug, { attendees: names(1), partnerIds: [] });
    expect(await signUp(db, waiting, full.slug, { attendees: names(1), partnerIds: [] })).toMatchObject({
      status: "WAITLISTED",
    });
    const cancelled = await makeEvent(db, { startsAt: STARTS, signupDeadline: new Date("2030-12-05Z") });
    const guest = await makeMerchant(db, { parkId });
    await signUp(db, guest, cancelled.slug, { attendees: names(1), partnerIds: [] });
    await db.event.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });

    await sendDueEventReminders(db, at("2030-12-09T12:00:00"));
    expect(await reminders(seated.userId)).toBe(1);
    expect(await reminders(waiting.userId)).toBe(0);
    expect(await reminders(guest.userId)).toBe(0);
  });
});
