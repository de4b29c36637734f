import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";
import type { Mail } from "@/lib/server/mail/send-mail";
import { PNG } from "pngjs";
import jsQR from "jsqr";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
}));
// The mailer is the one stand-in: the test reads what would have been sent.
const mails = vi.hoisted(() => [] as Mail[]);
vi.mock("@/lib/server/mail/send-mail", () => ({ sendMail: async (mail: Mail) => void mails.push(mail) }));

const { db } = await import("@/lib/server/db");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent, makeMerchant } = await import("@/lib/testing/event-fixtures");
const { createEventAction } = await import("@/app/admin/(lists)/events/new/actions");
const { changeStatusAction, checkInAction, scanTicketAction, updateEventAction } =
  await import("@/app/admin/events/[id]/actions");
const { newTicketCode, signedTicketCode } = await import("@/lib/server/events/ticket-code");
const { ticketsForMerchant } = await import("@/lib/server/events/tickets");
const { savePartnerAction, setPartnerActiveAction } = await import("@/app/admin/(lists)/partners/actions");
const { signUpAction, withdrawAction } = await import("@/app/(public)/events/[slug]/actions");

const ids: Record<string, string> = {};
let parkId = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
});
beforeEach(() => void mails.splice(0));
afterAll(() => db.$disconnect());

const as = (who: string | null) => {
  sessionStub.userId = who ? (ids[who] ?? who) : null;
};
const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) f.append(k, value);
  return f;
};
async function expectRedirect(action: Promise<unknown>, target: string | RegExp) {
  const error = await action.then(
    () => null,
    (e: { digest?: string }) => e,
  );
  expect(error?.digest).toMatch(target);
  return error!.digest!;
}
const eventFields = {
  titleZh: "跨境电商+摩托车及零部件产业带对接会",
  titleEn: "Motorcycle Parts Belt Matchmaking",
  belt: "motorcycle-parts",
  startsAt: "2099-06-12T09:30",
  endsAt: "2099-06-12T16:30",
  signupDeadline: "2099-06-09T18:00",
  venueZh: "重庆国际博览中心",
  capacity: "30",
};
const snapshot = async () => ({
  events: await db.event.findMany({
    orderBy: { id: "asc" },
    select: { id: true, status: true, capacity: true, seatsTaken: true },
  }),
  signups: await db.signup.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, checkedInAt: true } }),
  tickets: await db.ticket.findMany({ orderBy: { id: "asc" }, select: { id: true, checkedInAt: true } }),
  partners: await db.partner.findMany({ orderBy: { id: "asc" } }),
  audits: await db.auditLog.count(),
});

describe("only commission staff change events, partners and check-ins", () => {
  it("refuses merchants, operators and visitors, and changes nothing", async () => {
    const event = await makeEvent(db, { status: "DRAFT" });
    const merchant = await makeMerchant(db, { parkId });
    const live = await makeEvent(db);
    const signup = await db.signup.create({
      data: {
        eventId: live.id,
        merchantId: merchant.merchantId,
        seats: 1,
        attendeeNames: '["张伟"]',
        status: "CONFIRMED",
      },
    });
    const ticket = await db.ticket.create({
      data: {
        signupId: signup.id,
        eventId: live.id,
        merchantId: merchant.merchantId,
        position: 0,
        name: "张伟",
        code: newTicketCode(),
      },
    });
    const partner = await db.partner.create({ data: { kind: "PAYMENT", nameZh: "连连", nameEn: "LianLian" } });
    for (const who of ["merchant@example.com", "operator@example.com", null]) {
      as(who);
      const before = await snapshot();
      expect(await createEventAction({}, form(eventFields))).toMatchObject({
        message: "Only commission staff can change events.",
      });
      expect(await updateEventAction(event.id, {}, form(eventFields))).toMatchObject({
        message: "Only commission staff can change events.",
      });
      expect(await changeStatusAction({}, form({ eventId: event.id, transition: "publish" }))).toEqual({
        message: "Only commission staff can change events.",
      });
      expect(await checkInAction({}, form({ eventId: live.id, ticketId: ticket.id, mode: "in" }))).toEqual({
        ok: false,
        message: "Only commission staff can check attendees in.",
      });
      expect(await scanTicketAction({}, form({ eventId: live.id, code: signedTicketCode(ticket.code) }))).toEqual({
        ok: false,
        message: "Only commission staff can check attendees in.",
      });
      expect(await savePartnerAction({}, form({ kind: "LOGISTICS", nameZh: "甲", nameEn: "A" }))).toMatchObject({
        message: "Only commission staff can manage partners.",
      });
      expect(await setPartnerActiveAction({}, form({ partnerId: partner.id, active: "false" }))).toEqual({
        ok: false,
        message: "Only commission staff can manage partners.",
      });
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe("the event flow through the actions", () => {
  it("staff create and publish; a merchant signs up with a calendar file; staff check it in, once, and undo", async () => {
    as("staff@example.com");
    const digest = await expectRedirect(createEventAction({}, form(eventFields)), /\/admin\/events\/\w+\?done=created/);
    const eventId = /\/admin\/events\/(\w+)\?/.exec(digest)![1];
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({
      status: "DRAFT",
      slug: "motorcycle-parts-2099-06-12",
      capacity: 30,
      createdById: ids["staff@example.com"],
    });
    expect(event.startsAt.toISOString()).toBe("2099-06-12T01:30:00.000Z");
    await expectRedirect(
      changeStatusAction({}, form({ eventId, transition: "publish" })),
      `/admin/events/${eventId}?done=publish`,
    );
    expect(
      await db.auditLog.findMany({
        where: { entityId: eventId },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "event.create" }, { action: "event.publish" }]);

    as("merchant@example.com");
    const state = await signUpAction(
      {},
      form({
        formShownAt: shownSecondsAgo("eventSignup"),
        privacyConsent: "on",
        attendeesInformed: "on",
        eventKey: event.slug,
        attendees: ["张伟", "", "李娜"],
      }),
    );
    expect(state).toEqual({
      ok: true,
      message: "You are signed up: 2 seats confirmed. A confirmation is in your inbox.",
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "merchant@example.com", subject: "活动报名成功" });
    expect(mails[0].attachments?.[0]).toMatchObject({
      filename: "motorcycle-parts-2099-06-12.ics",
      contentType: expect.stringContaining("text/calendar"),
    });
    expect(mails[0].attachments?.[0].content).toContain("DTSTART:20990612T013000Z");

    // Check-in opens on the event's day: the day has come.
    await db.event.update({
      where: { id: eventId },
      data: { startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000) },
    });
    const signup = await db.signup.findFirstOrThrow({ where: { eventId } });
    const [first, second] = await ticketsForMerchant(db, signup.merchantId, eventId);
    expect([first.name, second.name]).toEqual(["张伟", "李娜"]);
    // Next to the calendar file, the confirmation carries each person's ticket QR code, which decodes to its code.
    const qr = mails[0].attachments!.slice(1);
    expect(qr.map((a) => [a.filename, a.contentType, a.encoding])).toEqual([
      ["ticket-1.png", "image/png", "base64"],
      ["ticket-2.png", "image/png", "base64"],
    ]);
    const decoded = qr.map((a) => {
      const png = PNG.sync.read(Buffer.from(a.content, "base64"));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    });
    expect(decoded).toEqual([first.code, second.code]);
    as("staff@example.com");
    expect(await scanTicketAction({}, form({ eventId, code: first.grouped }))).toEqual({
      ok: true,
      message: expect.stringMatching(/^张伟 \(.+\) checked in\.$/),
      data: { status: "checkedIn" },
    });
    expect(await checkInAction({}, form({ eventId, ticketId: first.id, mode: "in" }))).toEqual({
      ok: true,
      message: expect.stringMatching(/^张伟 \(.+\) was already checked in at \d\d:\d\d by .+\.$/),
      data: { status: "already" },
    });
    expect((await db.signup.findUniqueOrThrow({ where: { id: signup.id } })).checkedInById).toBe(
      ids["staff@example.com"],
    );
    expect(await checkInAction({}, form({ eventId, ticketId: first.id, mode: "undo" }))).toEqual({
      ok: true,
      message: "Check-in of 张伟 undone.",
      data: { status: "undone" },
    });
    expect((await db.signup.findUniqueOrThrow({ where: { id: signup.id } })).checkedInAt).toBeNull();
    expect(
      await db.auditLog.count({
        where: { entityId: first.id, action: { in: ["signup.check_in", "signup.undo_check_in"] } },
      }),
    ).toBe(2);
  });

  it("answers a bad event form field by field in the user's language, keeps what was typed and writes nothing", async () => {
    as("staff@example.com");
    const before = await snapshot();
    const state = await createEventAction(
      {},
      form({ ...eventFields, capacity: "lots", endsAt: "2099-06-12T08:00", titleEn: "" }),
    );
    expect(state.message).toBe("Please correct the fields marked below.");
    expect(state.fieldErrors).toMatchObject({
      capacity: "Enter a whole number of seats from 1 to 5,000.",
      titleEn: "This field is required.",
    });
    expect(state.values).toMatchObject({ titleZh: eventFields.titleZh, capacity: "lots" });
    const later = await createEventAction({}, form({ ...eventFields, endsAt: "2099-06-12T08:00" }));
    expect(later.fieldErrors).toEqual({ endsAt: "The end must be after the start." });
    expect(await snapshot()).toEqual(before);
  });

  it("tells a pending merchant why it cannot sign up, and writes nothing", async () => {
    const event = await makeEvent(db);
    as("pending@example.com");
    expect(
      await signUpAction(
        {},
        form({
          formShownAt: shownSecondsAgo("eventSignup"),
          privacyConsent: "on",
          attendeesInformed: "on",
          eventKey: event.slug,
          attendees: ["李娜"],
        }),
      ),
    ).toMatchObject({
      ok: false,
      message: "Only approved merchants can sign up, and your company's registration has not been approved.",
    });
    expect(await db.signup.count({ where: { eventId: event.id } })).toBe(0);
    as("merchant@example.com");
    expect(
      await signUpAction(
        {},
        form({
          formShownAt: shownSecondsAgo("eventSignup"),
          privacyConsent: "on",
          attendeesInformed: "on",
          eventKey: event.slug,
          attendees: ["a", "b", "c", "d"],
        }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { attendees: "At most 3 attendees per company." },
      values: { attendees: ["a", "b", "c"] },
    });
  });

  it("does not let a merchant withdraw another merchant's signup", async () => {
    const event = await makeEvent(db);
    const other = await makeMerchant(db, { parkId });
    as(other.userId);
    expect(
      await signUpAction(
        {},
        form({
          formShownAt: shownSecondsAgo("eventSignup"),
          privacyConsent: "on",
          attendeesInformed: "on",
          eventKey: event.slug,
          attendees: ["王芳"],
        }),
      ),
    ).toMatchObject({ ok: true });
    const theirs = await db.signup.findFirstOrThrow({ where: { eventId: event.id } });
    as("merchant@example.com");
    expect(await withdrawAction({}, form({ signupId: theirs.id, eventKey: event.slug }))).toEqual({
      ok: false,
      message: "This signup does not exist or is not your company's.",
    });
    expect((await db.signup.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("CONFIRMED");
    as(other.userId);
    expect(await withdrawAction({}, form({ signupId: theirs.id, eventKey: event.slug }))).toEqual({
      ok: true,
      message: "Your signup has been withdrawn.",
    });
  });

  it("staff add, edit and deactivate a partner; bad codes are named", async () => {
    as("staff@example.com");
    const bad = await savePartnerAction(
      {},
      form({ kind: "OVERSEAS_WAREHOUSE", nameZh: "谷仓", nameEn: "Goodcang", markets: "US, ZZ" }),
    );
    expect(bad.fieldErrors).toEqual({ markets: "Use ISO 3166-1 two-letter codes (US, DE, …) separated by commas." });
    await expectRedirect(
      savePartnerAction({}, form({ kind: "OVERSEAS_WAREHOUSE", nameZh: "谷仓", nameEn: "Goodcang", markets: "us,de" })),
      "/admin/partners?done=created",
    );
    const partner = await db.partner.findFirstOrThrow({ where: { nameEn: "Goodcang" } });
    expect(partner).toMatchObject({ markets: "DE,US", active: true });
    await expectRedirect(
      savePartnerAction(
        {},
        form({
          partnerId: partner.id,
          kind: "OVERSEAS_WAREHOUSE",
          nameZh: "谷仓海外仓",
          nameEn: "Goodcang",
          hsChapters: "87",
        }),
      ),
      "done=saved",
    );
    expect(await setPartnerActiveAction({}, form({ partnerId: partner.id, active: "false" }))).toEqual({
      ok: true,
      message: "Goodcang was deactivated.",
    });
    expect(await db.partner.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({
      nameZh: "谷仓海外仓",
      hsChapters: "87",
      active: false,
    });
    expect(await db.auditLog.count({ where: { entityId: partner.id } })).toBe(3);
  });
});
