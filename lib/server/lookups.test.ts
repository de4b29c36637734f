// Ids and slugs come from URLs. A malformed one (a NUL byte, say, which
// PostgreSQL refuses in a query) must find nothing, so the page answers 404
// rather than a server error. Run on PostgreSQL in CI, where it matters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { getSkuById } = await import("@/lib/server/skus/get-sku");
const { getEventForAdmin } = await import("@/lib/server/events/admin-events");
const { getPublicEvent } = await import("@/lib/server/events/public-events");
const { getImportJob } = await import("@/lib/server/imports/jobs");
const { getMerchantForReview } = await import("@/lib/server/merchants/review-queue");
const { getMerchantLogo } = await import("@/lib/server/merchants/logo");
const { makeEvent } = await import("@/lib/testing/event-fixtures");
const { getPartner } = await import("@/lib/server/events/partners");

const staff = { role: "STAFF" as const, parkId: null };
let merchantId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  merchantId = (await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } }))
    .merchantId;
});
afterAll(() => db.$disconnect());

const MALFORMED = ["\u0000", "abc\u0000", "a b", "x".repeat(65), "../..", "%00"];

describe("lookups by a malformed id or slug", () => {
  it("find nothing, without a database error", async () => {
    for (const id of MALFORMED) {
      expect(await getSkuById(db, merchantId, id)).toBeNull();
      expect(await getEventForAdmin(staff, id)).toBeNull();
      expect(await getPublicEvent(id)).toBeNull();
      expect(await getImportJob(db, merchantId, id, "SKU")).toBeNull();
      expect(await getMerchantForReview(staff, id)).toBeNull();
      expect(await getMerchantLogo(db, { ...staff, userId: "" }, id)).toBeNull();
      expect(await getPartner(id)).toBeNull();
    }
  });

  it("still find the record by its real id or slug", async () => {
    expect((await getMerchantForReview(staff, merchantId))?.id).toBe(merchantId);
    const event = await makeEvent(db, {});
    expect((await getPublicEvent(event.slug))?.id).toBe(event.id);
    expect((await getPublicEvent(event.id))?.id).toBe(event.id);
    expect((await getEventForAdmin(staff, event.id))?.id).toBe(event.id);
  });
});
