import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { makeEvent, makeMerchant } from "@/lib/testing/event-fixtures";
import { getMerchantHome, lowStockSkus, monthComparison } from "./home";
import { recommendEvents } from "./home-recommendations";

let parkId = "";
let warehouseIds: string[] = [];
let amazonId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  warehouseIds = (await db.warehouse.findMany({ take: 2, orderBy: { id: "asc" } })).map((w) => w.id);
  amazonId = (await db.platform.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).id;
});
afterAll(() => db.$disconnect());

let serial = 0;
async function sku(
  merchantId: string,
  stock: number[],
  opts: { threshold?: number; archived?: boolean; markets?: string[]; hs?: string } = {},
) {
  const hs = opts.hs ?? "850440";
  return db.sku.create({
    data: {
      merchantId,
      code: `HOME-${++serial}`,
      nameZh: `商品${serial}`,
      hsCode: hs,
      hsChapter: hs.slice(0, 2),
      unitPriceMinor: 1000,
      currency: "CNY",
      weightGrams: 100,
      status: opts.archived ? "ARCHIVED" : "ACTIVE",
      ...(opts.threshold === undefined ? {} : { lowStockThreshold: opts.threshold }),
      stocks: { create: stock.map((quantity, i) => ({ warehouseId: warehouseIds[i], quantity })) },
      markets: { create: (opts.markets ?? []).map((country) => ({ country })) },
    },
  });
}

describe("low stock", () => {
  it("lists active SKUs at or below their own threshold (10 by default), summed over warehouses, lowest first", async () => {
    const { merchantId } = await makeMerchant(db, { parkId });
    const other = await makeMerchant(db, { parkId });
    const none = await sku(merchantId, []); // 0 units, default threshold
    const ten = await sku(merchantId, [6, 4]); // 10 units across two warehouses: at the default threshold
    await sku(merchantId, [6, 5]); // 11 units: fine
    const custom = await sku(merchantId, [40], { threshold: 50 }); // its own threshold
    await sku(merchantId, [3], { threshold: 2 }); // above its own lower threshold
    await sku(merchantId, [0], { archived: true }); // archived: not listed
    await sku(other.merchantId, [0]); // another merchant's

    const low = await lowStockSkus(db, merchantId);
    expect(low.items.map((s) => [s.id, s.stock, s.threshold])).toEqual([
      [none.id, 0, 10],
      [ten.id, 10, 10],
      [custom.id, 40, 50],
    ]);
    expect(low.total).toBe(3);
    const firstTwo = await lowStockSkus(db, merchantId, 2);
    expect(firstTwo.items).toHaveLength(2);
    expect(firstTwo.total).toBe(3);
  });
});

describe("this month against last month", () => {
  async function declare(merchantId: string, day: string, valueFen: number) {
    await db.declaration.create({
      data: {
        merchantId,
        declaredOn: new Date(`${day}T00:00:00Z`),
        month: day.slice(0, 7),
        customsMode: "9610",
        direction: "EXPORT",
        country: "US",
        valueMinor: BigInt(valueFen),
        currency: "CNY",
        valueFen: BigInt(valueFen),
      },
    });
  }

  it("reads months in Shanghai time across the boundary, and compares the same days of a shorter month", async () => {
    const { merchantId } = await makeMerchant(db, { parkId });
    const other = await makeMerchant(db, { parkId });
    await declare(merchantId, "2030-02-01", 100);
    await declare(merchantId, "2030-02-28", 200); // last day of February
    await declare(merchantId, "2030-03-01", 5_000);
    await declare(merchantId, "2030-03-31", 7_000);
    await declare(other.merchantId, "2030-03-01", 999_999);

    // 23:30 UTC on 28 February is already 1 March in Shanghai.
    const first = await monthComparison(db, merchantId, new Date("2030-02-28T16:30:00Z"));
    expect(first.month).toBe("2030-03");
    expect(first.previous).toBe("2030-02");
    expect(first.thisMonth).toEqual({ count: 2, valueFen: 12_000n });
    expect(first.lastMonthSameDays).toEqual({ count: 1, valueFen: 100n });
    expect(first.lastMonth).toEqual({ count: 2, valueFen: 300n });

    // 31 March: the same days of February end on its 28th.
    const last = await monthComparison(db, merchantId, new Date("2030-03-31T12:00:00+08:00"));
    expect(last.sameDays).toBe(28);
    expect(last.lastMonthSameDays).toEqual({ count: 2, valueFen: 300n });

    // One minute before midnight on 28 February in Shanghai: still February, January empty.
    const before = await monthComparison(db, merchantId, new Date("2030-02-28T15:59:00Z"));
    expect(before.month).toBe("2030-02");
    expect(before.thisMonth).toEqual({ count: 2, valueFen: 300n });
    expect(before.lastMonth).toEqual({ count: 0, valueFen: 0n });
  });
});

describe("recommended events", () => {
  const partner = (data: { markets?: string; hsChapters?: string; platformId?: string }) =>
    db.partner.create({
      data: { kind: data.platformId ? "PLATFORM" : "LOGISTICS", nameZh: "伙伴", nameEn: "Partner", ...data },
    });

  it("match partners to the merchant's markets, platforms and HS chapters, best match first, and say why", async () => {
    const { merchantId } = await makeMerchant(db, { parkId, platformIds: [amazonId], hsChapters: ["94"] });
    await sku(merchantId, [50], { markets: ["DE", "US"], hs: "850440" });
    const now = new Date();
    const [byMarket, byAll, unrelated, signedUp] = await Promise.all([
      partner({ markets: "DE,FR" }),
      partner({ platformId: amazonId, hsChapters: "85,94", markets: "US" }),
      partner({ markets: "BR", hsChapters: "03" }),
      partner({ markets: "DE" }),
    ]);
    const soon = await makeEvent(db, { partnerIds: [byMarket.id] });
    const best = await makeEvent(db, {
      partnerIds: [byAll.id],
      startsAt: new Date(now.getTime() + 20 * 86_400_000),
    });
    const none = await makeEvent(db, { partnerIds: [unrelated.id] });
    const joined = await makeEvent(db, { partnerIds: [signedUp.id] });
    await db.signup.create({
      data: { eventId: joined.id, merchantId, seats: 1, attendeeNames: "[]", status: "CONFIRMED" },
    });
    const closed = await makeEvent(db, { partnerIds: [byMarket.id], signupDeadline: new Date(now.getTime() - 1000) });

    const found = await recommendEvents(db, merchantId, now, 10);
    const ids = found.map((e) => e.id);
    expect(ids.slice(0, 2)).toEqual([best.id, soon.id]);
    expect(ids).not.toContain(none.id);
    expect(ids).not.toContain(joined.id);
    expect(ids).not.toContain(closed.id);
    expect(found[0].match).toEqual({
      markets: ["US"],
      platforms: [expect.objectContaining({ id: amazonId })],
      hsChapters: ["85", "94"],
    });
    expect(found[1].match).toEqual({ markets: ["DE"], platforms: [], hsChapters: [] });

    const home = await getMerchantHome(db, merchantId, now);
    expect(home.recommended.length).toBeLessThanOrEqual(3);
    expect(home.upcoming.map((u) => u.event.id)).toEqual([joined.id]);
  });
});
