import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { makeEvent, makeMerchant, names, type TestMerchant } from "@/lib/testing/event-fixtures";
import { signUp } from "./sign-up";
import { countFollowUps, listFollowUps, recordFollowUp } from "./follow-ups";

type Recorder = { userId: string; role: "STAFF" | "PARK_OPERATOR" | "MERCHANT"; parkId: string | null };

let xiyong = "";
let otherPark = "";
let staff: Recorder;
let operator: Recorder;
let otherOperator: Recorder;
let partnerId = "";
let absentPartnerId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  otherPark = (await db.park.findFirstOrThrow({ where: { id: { not: xiyong } } })).id;
  const s = await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } });
  const o = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  const other = await db.user.create({
    data: {
      email: "other-operator@example.com",
      name: "另一园区",
      passwordHash: "x",
      role: "PARK_OPERATOR",
      parkId: otherPark,
    },
  });
  staff = { userId: s.id, role: "STAFF", parkId: null };
  operator = { userId: o.id, role: "PARK_OPERATOR", parkId: o.parkId };
  otherOperator = { userId: other.id, role: "PARK_OPERATOR", parkId: otherPark };
  const partner = (nameEn: string) => db.partner.create({ data: { kind: "PLATFORM", nameZh: nameEn, nameEn } });
  partnerId = (await partner("Amazon Global Selling")).id;
  absentPartnerId = (await partner("Temu")).id;
});
afterAll(() => db.$disconnect());

/** An event that began yesterday, with the partner attending and a Xiyong company holding a confirmed seat. */
async function heldEvent() {
  const event = await makeEvent(db, { partnerIds: [partnerId] });
  const company = await makeMerchant(db, { parkId: xiyong });
  expect(await signUp(db, company, event.slug, { attendees: names(1), partnerIds: [] })).toMatchObject({ ok: true });
  const began = new Date(Date.now() - 86_400_000);
  await db.event.update({
    where: { id: event.id },
    data: { startsAt: began, endsAt: new Date(began.getTime() + 3_600_000) },
  });
  return { event, company };
}

const input = (m: TestMerchant, outcome: "ONBOARDED" | "SAMPLE_ORDER" | "NONE" = "ONBOARDED") => ({
  merchantId: m.merchantId,
  partnerId,
  outcome,
  note: "Amazon Global Selling store opened",
});

describe("recordFollowUp authorization", () => {
  it("lets staff and the company's own park operator record, with an audit entry each", async () => {
    const { event, company } = await heldEvent();
    const byStaff = await recordFollowUp(db, staff, event.id, input(company));
    const byOperator = await recordFollowUp(db, operator, event.id, input(company, "SAMPLE_ORDER"));
    expect(byStaff).toMatchObject({ ok: true });
    expect(byOperator).toMatchObject({ ok: true });
    const audit = await db.auditLog.findMany({ where: { action: "event.follow_up", merchantId: company.merchantId } });
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.parkId === xiyong)).toBe(true);
    expect(JSON.parse(audit[0].details)).toMatchObject({ eventId: event.id, partnerId });
  });

  it("refuses another park's operator as if the company were unknown, writing nothing", async () => {
    const { event, company } = await heldEvent();
    const result = await recordFollowUp(db, otherOperator, event.id, input(company));
    expect(result).toEqual({ ok: false, fieldErrors: { merchantId: "companyUnknown" } });
    expect(await db.eventFollowUp.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "event.follow_up", merchantId: company.merchantId } })).toBe(0);
  });

  it("refuses a merchant outright, writing nothing", async () => {
    const { event, company } = await heldEvent();
    const asMerchant = { userId: company.userId, role: "MERCHANT" as const, parkId: null };
    expect(await recordFollowUp(db, asMerchant, event.id, input(company))).toEqual({ ok: false, reason: "forbidden" });
    expect(await db.eventFollowUp.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("refuses a company without a confirmed seat, a partner not at the event, and an event not yet begun", async () => {
    const { event, company } = await heldEvent();
    const stranger = await makeMerchant(db, { parkId: xiyong });
    expect(await recordFollowUp(db, staff, event.id, input(stranger))).toMatchObject({
      fieldErrors: { merchantId: "companyUnknown" },
    });
    expect(await recordFollowUp(db, staff, event.id, { ...input(company), partnerId: absentPartnerId })).toMatchObject({
      fieldErrors: { partnerId: "partnerUnknown" },
    });
    const upcoming = await makeEvent(db, {});
    expect(await recordFollowUp(db, staff, upcoming.id, input(company))).toEqual({ ok: false, reason: "notHeld" });
    expect(await recordFollowUp(db, staff, "no\u0000such", input(company))).toEqual({ ok: false, reason: "notFound" });
    expect(await db.eventFollowUp.count({ where: { eventId: { in: [event.id, upcoming.id] } } })).toBe(0);
  });
});

describe("follow-up lists and counts", () => {
  it("show an operator only its park's companies, and count by outcome", async () => {
    const { event, company } = await heldEvent();
    const elsewhere = await makeMerchant(db, { parkId: otherPark });
    await db.signup.create({
      data: { eventId: event.id, merchantId: elsewhere.merchantId, seats: 1, attendeeNames: "[]", status: "CONFIRMED" },
    });
    await recordFollowUp(db, staff, event.id, input(company, "ONBOARDED"));
    await recordFollowUp(db, staff, event.id, input(company, "SAMPLE_ORDER"));
    await recordFollowUp(db, staff, event.id, input(elsewhere, "NONE"));

    expect((await listFollowUps(db, staff, event.id)).map((r) => r.merchant.id).sort()).toEqual(
      [company.merchantId, company.merchantId, elsewhere.merchantId].sort(),
    );
    const seenByOperator = await listFollowUps(db, operator, event.id);
    expect(seenByOperator.map((r) => r.merchant.id)).toEqual([company.merchantId, company.merchantId]);
    const staffName = (await db.user.findUniqueOrThrow({ where: { id: staff.userId } })).name;
    expect(seenByOperator[0].recordedBy).toBe(staffName);

    expect(await countFollowUps(db, staff, { eventId: event.id })).toEqual({
      total: 3,
      companies: 2,
      byOutcome: { ONBOARDED: 1, SAMPLE_ORDER: 1, CONTRACT_SIGNED: 0, FURTHER_MEETING: 0, NONE: 1 },
    });
    expect(await countFollowUps(db, operator, { eventId: event.id })).toMatchObject({ total: 2, companies: 1 });
    expect(await countFollowUps(db, otherOperator, { eventId: event.id })).toMatchObject({
      total: 1,
      byOutcome: { NONE: 1 },
    });
  });
});
