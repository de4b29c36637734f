import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { signUp } from "./sign-up";
import { changeEventStatus } from "./change-event-status";
import { updateEvent } from "./update-event";
import { createEvent } from "./create-event";
import { makeEvent, signupKit } from "@/lib/testing/event-fixtures";

let staff = { userId: "", role: "STAFF" as const };
let kit: ReturnType<typeof signupKit>;

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  kit = signupKit(db, parkId, signUp);
  staff = { userId: (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id, role: "STAFF" };
});
afterAll(() => db.$disconnect());

describe("staff changes that move seats", () => {
  it("cancelling needs a reason, cancels every signup and tells each merchant why", async () => {
    const event = await makeEvent(db, { capacity: 1 });
    const [a, b] = await kit.merchants(2);
    await kit.join(a, event.slug, 1);
    await kit.join(b, event.slug, 1);
    expect(await changeEventStatus(db, staff, event.id, "cancel", " ")).toEqual({
      ok: false,
      reason: "reasonRequired",
    });
    const result = await changeEventStatus(db, staff, event.id, "cancel", "场地调整");
    expect(result.ok && result.notificationIds.length).toBe(2);
    expect(await kit.state(event.id)).toMatchObject({
      seatsTaken: 0,
      byMerchant: { [a.merchantId]: "CANCELLED", [b.merchantId]: "CANCELLED" },
    });
    const told = await db.notification.findFirstOrThrow({ where: { userId: b.userId, kind: "event_cancelled" } });
    expect(JSON.parse(told.params)).toMatchObject({ reason: "场地调整" });
    expect(await changeEventStatus(db, staff, event.id, "publish")).toEqual({ ok: false, reason: "wrongState" });
  });

  it("more capacity promotes the waitlist; less than the seats taken is refused", async () => {
    const event = await makeEvent(db, { capacity: 2 });
    const [a, b] = await kit.merchants(2);
    await kit.join(a, event.slug, 2);
    await kit.join(b, event.slug, 1);
    const input = {
      titleZh: event.titleZh,
      titleEn: event.titleEn,
      descriptionZh: "",
      descriptionEn: "",
      belt: "nev-parts" as const,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      signupDeadline: event.signupDeadline,
      venueZh: "测试会场",
      venueEn: "",
      onlineUrl: "",
      partnerIds: [],
    };
    expect(await updateEvent(db, staff, event.id, { ...input, capacity: 1 })).toEqual({
      ok: false,
      fieldErrors: { capacity: "capacityBelowTaken" },
    });
    expect(
      await updateEvent(db, { ...staff, role: "PARK_OPERATOR" } as never, event.id, { ...input, capacity: 9 }),
    ).toEqual({ ok: false, reason: "forbidden" });
    expect(await updateEvent(db, staff, event.id, { ...input, capacity: 3 })).toMatchObject({ ok: true });
    expect(await kit.state(event.id)).toMatchObject({ seatsTaken: 3, byMerchant: { [b.merchantId]: "CONFIRMED" } });
  });

  it("publishing needs a deadline ahead; completing needs the event to have started", async () => {
    const draft = await makeEvent(db, { status: "DRAFT", signupDeadline: new Date(Date.now() - 1000) });
    expect(await changeEventStatus(db, staff, draft.id, "publish")).toEqual({ ok: false, reason: "deadlinePassed" });
    const published = await makeEvent(db);
    expect(await changeEventStatus(db, staff, published.id, "complete")).toEqual({ ok: false, reason: "notStarted" });
    expect(
      await changeEventStatus(db, staff, published.id, "complete", "", new Date(published.startsAt.getTime() + 1)),
    ).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { entityId: published.id, action: "event.complete" } })).toBe(1);
  });

  it("gives events of the same belt and day distinct slugs, and only staff create them", async () => {
    const input = {
      titleZh: "摩托车对接会",
      titleEn: "Motorcycle matchmaking",
      descriptionZh: "",
      descriptionEn: "",
      belt: "motorcycle-parts" as const,
      startsAt: new Date("2099-03-02T01:30:00Z"),
      endsAt: new Date("2099-03-02T08:00:00Z"),
      signupDeadline: new Date("2099-03-01T10:00:00Z"),
      venueZh: "会场",
      venueEn: "",
      onlineUrl: "",
      capacity: 40,
      partnerIds: [],
    };
    const [first, second] = [await createEvent(db, staff, input), await createEvent(db, staff, input)];
    const slugs = await db.event.findMany({
      where: { id: { in: [first, second].map((r) => (r.ok ? r.eventId : "")) } },
      select: { slug: true },
      orderBy: { slug: "asc" },
    });
    expect(slugs.map((e) => e.slug)).toEqual(["motorcycle-parts-2099-03-02", "motorcycle-parts-2099-03-02-2"]);
    expect(await createEvent(db, { ...staff, role: "MERCHANT" } as never, input)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await createEvent(db, staff, { ...input, partnerIds: ["no-such-partner"] })).toEqual({
      ok: false,
      fieldErrors: { partnerIds: "invalidChoice" },
    });
  });
});
