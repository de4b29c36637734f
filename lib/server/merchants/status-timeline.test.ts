import { beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { makeMerchant } = await import("@/lib/testing/event-fixtures");
const { reviewMerchant } = await import("@/lib/server/merchants/review-merchant");
const { addWorkingDays, getStatusTimeline, REVIEW_WORKING_DAYS } =
  await import("@/lib/server/merchants/status-timeline");

let parkId = "";
let staffId = "";

beforeAll(async () => {
  const zone = await db.zone.create({
    data: { code: "TL-ZONE", kind: "PILOT", status: "DESIGNATED", nameZh: "试验区", nameEn: "Pilot zone" },
  });
  parkId = (await db.park.create({ data: { code: "TL-PARK", zoneId: zone.id, nameZh: "园区", nameEn: "Park" } })).id;
  staffId = (
    await db.user.create({ data: { email: "tl-staff@example.com", name: "审核员", passwordHash: "x", role: "STAFF" } })
  ).id;
});

const merchantRecord = (id: string) => db.merchant.findUniqueOrThrow({ where: { id } });

describe("the pending merchant's review timeline", () => {
  it("counts only Monday to Friday in Shanghai towards the expected decision", () => {
    // Friday 2026-12-04 10:00 in Shanghai: five working days later is Friday 2026-12-11.
    expect(addWorkingDays(new Date("2026-12-04T02:00:00Z"), 5)).toEqual(new Date("2026-12-11T02:00:00Z"));
    // Saturday 2026-12-05 07:00 in Shanghai (Friday 23:00 UTC): one working day later is Monday.
    expect(addWorkingDays(new Date("2026-12-04T23:00:00Z"), 1)).toEqual(new Date("2026-12-06T23:00:00Z"));
  });

  it("shows registered, under review since the submission, and the day a decision is due", async () => {
    const { merchantId } = await makeMerchant(db, { parkId, status: "PENDING" });
    const merchant = await merchantRecord(merchantId);
    expect(await getStatusTimeline(merchant)).toEqual([
      { kind: "registered", at: merchant.createdAt },
      { kind: "underReview", at: merchant.submittedAt },
      { kind: "decisionDue", by: addWorkingDays(merchant.submittedAt, REVIEW_WORKING_DAYS) },
    ]);
  });

  it("adds each decision from the audit log at its time, and promises no decision once one is made", async () => {
    const { merchantId } = await makeMerchant(db, { parkId, status: "PENDING" });
    const reviewer = { userId: staffId, role: "STAFF" as const, parkId: null };
    expect((await reviewMerchant(db, reviewer, merchantId, "request_revisions", "请补充英文名称")).ok).toBe(true);
    const decided = await db.auditLog.findFirstOrThrow({
      where: { entityId: merchantId, action: "merchant.request_revisions" },
    });
    const merchant = await merchantRecord(merchantId);
    expect(await getStatusTimeline(merchant)).toEqual([
      { kind: "registered", at: merchant.createdAt },
      { kind: "REVISION_REQUESTED", at: decided.createdAt },
    ]);
  });

  it("shows a decision the audit log does not hold (older data) at the merchant's review time", async () => {
    const { merchantId } = await makeMerchant(db, { parkId, status: "REJECTED" });
    const reviewedAt = new Date("2026-11-02T03:00:00Z");
    const merchant = await db.merchant.update({ where: { id: merchantId }, data: { reviewedAt } });
    expect(await getStatusTimeline(merchant)).toEqual([
      { kind: "registered", at: merchant.createdAt },
      { kind: "REJECTED", at: reviewedAt },
    ]);
  });
});
