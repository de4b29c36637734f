// The staff catalog's counts by park at city scale: 1,200 approved companies
// with active SKUs, more than SQLite's 999 bound parameters, counted per park
// (a company's SKUs under its own park, each company once), and an operator's
// counts only its own park's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { newRowId } from "@/lib/db/insert-rows";
import { parseListQuery } from "@/lib/paging";
import { CATALOG_LIST, CatalogFilters, getCatalogOverview } from "./catalog-overview";

const COMPANIES = 1_200;
const staff = { role: "STAFF" as const, parkId: null };
let bigPark = "";
let before: Map<string, { skus: number; merchants: number }>;

const byParkOf = async (user: { role: "STAFF" | "PARK_OPERATOR"; parkId: string | null }) => {
  const overview = await getCatalogOverview(user, CatalogFilters.parse({}), parseListQuery(CATALOG_LIST, {}));
  return {
    overview,
    byPark: new Map(overview.byPark.map((p) => [p.park.id, { skus: p.skus, merchants: p.merchants }])),
  };
};

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  before = (await byParkOf(staff)).byPark;
  const parks = await db.park.findMany({ select: { id: true }, orderBy: { code: "asc" } });
  bigPark = parks[parks.length - 1].id;
  const now = new Date("2026-11-02T03:04:05Z");
  const ids = Array.from({ length: COMPANIES }, () => newRowId());
  await db.merchant.createMany({
    data: ids.map((id, i) => ({
      id,
      nameZh: `规模企业${i}`,
      uscc: `SCALE${String(i).padStart(13, "0")}`,
      parkId: bigPark,
      verificationStatus: "APPROVED" as const,
      contactName: "联系人",
      contactPhone: "+8613800000000",
      contactEmail: `scale${i}@example.com`,
      submittedAt: now,
      updatedAt: now,
    })),
  });
  // Two active SKUs each, and one archived that the catalog leaves out.
  await db.sku.createMany({
    data: ids.flatMap((merchantId, i) =>
      (["ACTIVE", "ACTIVE", "ARCHIVED"] as const).map((status, k) => ({
        id: newRowId(),
        merchantId,
        code: `SCALE-${i}-${k}`,
        nameZh: `规模商品${i}-${k}`,
        hsCode: "8518300000",
        hsChapter: "85",
        unitPriceMinor: 1000,
        currency: "CNY",
        weightGrams: 60,
        status,
        updatedAt: now,
      })),
    ),
  });
}, 120_000);
afterAll(() => db.$disconnect());

describe("the staff catalog's counts by park, with 1,200 companies", () => {
  it("counts each park's active SKUs and companies, the new ones under their own park", async () => {
    const { overview, byPark } = await byParkOf(staff);
    const was = before.get(bigPark) ?? { skus: 0, merchants: 0 };
    expect(byPark.get(bigPark)).toEqual({ skus: was.skus + 2 * COMPANIES, merchants: was.merchants + COMPANIES });
    for (const [parkId, counts] of before) if (parkId !== bigPark) expect(byPark.get(parkId)).toEqual(counts);
    const sum = (key: "skus" | "merchants") => [...byPark.values()].reduce((n, p) => n + p[key], 0);
    expect(overview.merchantCount).toBe(sum("merchants"));
    expect(overview.total).toBe(sum("skus"));
  });

  it("gives an operator its own park's counts only", async () => {
    const { overview, byPark } = await byParkOf({ role: "PARK_OPERATOR", parkId: bigPark });
    expect([...byPark.keys()]).toEqual([bigPark]);
    expect(overview.merchantCount).toBe(byPark.get(bigPark)!.merchants);
  });
});
