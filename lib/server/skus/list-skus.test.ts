import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { seedSkus } from "@/lib/seed/skus";
import { SkuFilters } from "@/lib/validation/sku";
import { DEFAULT_PAGE_SIZE, parseListQuery } from "@/lib/paging";
import { getCatalogOverview, CatalogFilters } from "./catalog-overview";
import { exactSkuWhere, listSkus, listSkusAfter, SKU_DETAIL, SKU_LIST } from "./list-skus";
import { getMarketSummary } from "./market-summary";

let mine = "";
let xiyong = "";
const staff = { role: "STAFF" as const, parkId: null };
let operator = { role: "PARK_OPERATOR" as const, parkId: null as string | null };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedSkus(db);
  mine = (await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } })).merchantId;
  xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  operator = { role: "PARK_OPERATOR", parkId: xiyong };
});
afterAll(() => db.$disconnect());

const params = (p: Record<string, string> = {}) => SkuFilters.parse(p);
const query = (p: Record<string, string> = {}) => parseListQuery(SKU_LIST, p);

describe("the merchant's SKU list", () => {
  it("pages through the merchant's active SKUs only, counting them separately", async () => {
    const page1 = await listSkus(db, mine, params());
    const active = await db.sku.count({ where: { merchantId: mine, status: "ACTIVE" } });
    expect(page1.total).toBe(active);
    expect(page1.items).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(page1.pages).toBe(Math.ceil(active / DEFAULT_PAGE_SIZE));
    const last = await listSkus(db, mine, params(), query({ page: "999" }));
    expect(last.page).toBe(page1.pages);
    const codes = [...page1.items, ...last.items].map((s) => s.code);
    expect(codes).toEqual([...codes].sort());
    const ids = [...page1.items, ...last.items].map((s) => s.id);
    expect(await db.sku.count({ where: { id: { in: ids }, merchantId: { not: mine } } })).toBe(0);
    expect(await db.sku.count({ where: { id: { in: ids }, status: "ARCHIVED" } })).toBe(0);
  });

  it("sorts by the column the URL names, either way, in pages of the size it names", async () => {
    const byCode = (await listSkus(db, mine, params(), query({ size: "100" }))).items.map((s) => s.code);
    expect(byCode).toHaveLength(100);
    const down = await listSkus(db, mine, params(), query({ sort: "code", dir: "desc", size: "50" }));
    const total = down.total;
    expect(down.items).toHaveLength(50);
    expect(down.items.map((s) => s.code)).toEqual([...down.items.map((s) => s.code)].sort().reverse());
    const lastDown = await listSkus(db, mine, params(), query({ sort: "code", dir: "desc", size: "50", page: "999" }));
    expect(lastDown.items.at(-1)!.code).toBe(byCode[0]);
    expect(lastDown.items).toHaveLength(total - 50 * (lastDown.pages - 1));
    const updated = (await listSkus(db, mine, params(), query({ sort: "updated" }))).items.map((s) => s.updatedAt);
    expect(updated.map(Number)).toEqual([...updated.map(Number)].sort((a, b) => b - a));
    // A column the list does not sort by is the default order, never an error.
    const odd = await listSkus(db, mine, params(), query({ sort: "merchantId", dir: "sideways" }));
    expect(odd.items.map((s) => s.code)).toEqual(byCode.slice(0, DEFAULT_PAGE_SIZE));
  });

  it("filters by search, market, HS chapter, warehouse and status, as the database counts them", async () => {
    const sample = await db.sku.findFirstOrThrow({
      where: { merchantId: mine, status: "ACTIVE", markets: { some: {} }, stocks: { some: { quantity: { gt: 0 } } } },
      include: { markets: true, stocks: { include: { warehouse: true } } },
    });
    const market = sample.markets[0].country;
    const warehouse = sample.stocks.find((s) => s.quantity > 0)!.warehouse.code;
    const cases: [Record<string, string>, object][] = [
      [{ market }, { markets: { some: { country: market } }, status: "ACTIVE" }],
      [{ chapter: sample.hsChapter }, { hsChapter: sample.hsChapter, status: "ACTIVE" }],
      [{ warehouse }, { stocks: { some: { quantity: { gt: 0 }, warehouse: { code: warehouse } } }, status: "ACTIVE" }],
      [{ status: "ARCHIVED" }, { status: "ARCHIVED" }],
      [{ status: "ALL" }, {}],
      [{ q: sample.code }, { code: { contains: sample.code }, status: "ACTIVE" }],
      [
        { market, chapter: sample.hsChapter, warehouse },
        {
          markets: { some: { country: market } },
          hsChapter: sample.hsChapter,
          stocks: { some: { quantity: { gt: 0 }, warehouse: { code: warehouse } } },
          status: "ACTIVE",
        },
      ],
    ];
    for (const [filters, where] of cases) {
      const list = await listSkus(db, mine, params(filters));
      expect(list.total, JSON.stringify(filters)).toBe(await db.sku.count({ where: { merchantId: mine, ...where } }));
      expect(list.total).toBeGreaterThan(0);
    }
    const byName = await listSkus(db, mine, params({ q: sample.nameZh.split(" ")[0] }));
    expect(
      byName.items.every(
        (s) => s.nameZh.includes(sample.nameZh.split(" ")[0]) || s.code.includes(sample.nameZh.split(" ")[0]),
      ),
    ).toBe(true);
  });

  it("walks the whole filtered list by code for the export and the API, without gaps", async () => {
    const where = await exactSkuWhere(db, mine, params({ status: "ALL" }));
    const seen: string[] = [];
    for (let after: string | null = null; ;) {
      const rows = await listSkusAfter(db, where, after, 70);
      seen.push(...rows.map((r) => r.code));
      if (rows.length < 70) break;
      after = rows[rows.length - 1].code;
    }
    expect(seen).toHaveLength(320);
    expect(new Set(seen).size).toBe(320);
  });
});

describe("a page's markets, platforms and stock", () => {
  it("are what Prisma's nested select of SKU_DETAIL gives, in its order", async () => {
    const page = await listSkus(db, mine, params({ status: "ALL" }), query({ size: "100" }));
    const nested = await db.sku.findMany({
      where: { id: { in: page.items.map((s) => s.id) } },
      orderBy: { code: "asc" },
      select: SKU_DETAIL,
    });
    const platformsSorted = <T extends { platforms: { platform: { code: string } }[] }>(s: T) => ({
      ...s,
      platforms: [...s.platforms].sort((a, b) => (a.platform.code < b.platform.code ? -1 : 1)),
    });
    expect(page.items.some((s) => s.markets.length && s.platforms.length && s.stocks.length > 1)).toBe(true);
    expect(page.items.map(platformsSorted)).toEqual(nested.map(platformsSorted));
    const after = await listSkusAfter(db, await exactSkuWhere(db, mine, params({ status: "ALL" })), null, 100);
    expect(after.map(platformsSorted)).toEqual(nested.map(platformsSorted));
  });
});

describe("the markets view", () => {
  it("counts each market's active SKUs and their stock", async () => {
    const summary = await getMarketSummary(db, mine);
    const skus = await db.sku.findMany({
      where: { merchantId: mine, status: "ACTIVE" },
      include: { markets: true, stocks: true },
    });
    const expected = new Map<string, { skus: number; stock: number }>();
    for (const s of skus) {
      const stock = s.stocks.reduce((n, x) => n + x.quantity, 0);
      for (const m of s.markets) {
        const e = expected.get(m.country) ?? { skus: 0, stock: 0 };
        expected.set(m.country, { skus: e.skus + 1, stock: e.stock + stock });
      }
    }
    expect(Object.fromEntries(summary.markets.map((m) => [m.country, { skus: m.skus, stock: m.stock }]))).toEqual(
      Object.fromEntries(expected),
    );
    expect(summary.activeSkus).toBe(skus.length);
    expect(summary.markets[0].skus).toBe(Math.max(...[...expected.values()].map((e) => e.skus)));
  });
});

describe("the staff catalog", () => {
  it("shows staff every park and an operator only its own", async () => {
    const all = await getCatalogOverview(staff, CatalogFilters.parse({}));
    // Active SKUs of approved merchants whose accounts are active (lib/server/counts).
    const live = { verificationStatus: "APPROVED", accountState: "ACTIVE" } as const;
    expect(all.total).toBe(await db.sku.count({ where: { status: "ACTIVE", merchant: live } }));
    expect(all.byPark.length).toBeGreaterThan(1);
    expect(all.byPark.reduce((n, p) => n + p.skus, 0)).toBe(all.total);
    expect(all.byChapter.reduce((n, c) => n + c.skus, 0)).toBe(all.total);
    expect(all.byMarket.length).toBeGreaterThanOrEqual(100);

    const own = await getCatalogOverview(operator, CatalogFilters.parse({}));
    expect(own.byPark.map((p) => p.park.id)).toEqual([xiyong]);
    expect(own.total).toBe(await db.sku.count({ where: { status: "ACTIVE", merchant: { ...live, parkId: xiyong } } }));
    // Asking for another park does not widen an operator's view.
    const dazu = await db.park.findUniqueOrThrow({ where: { code: "DAZU-LONGSHUI" } });
    const trying = await getCatalogOverview(operator, CatalogFilters.parse({ park: dazu.id }));
    expect(trying.byPark.map((p) => p.park.id)).toEqual([xiyong]);
    expect(trying.items.every((i) => i.merchant.park.nameEn === "Xiyong Micro-electronics Industrial Park")).toBe(true);
  });

  it("searches and filters by chapter and market", async () => {
    const filtered = await getCatalogOverview(staff, CatalogFilters.parse({ chapter: "87", market: "DE" }));
    expect(filtered.total).toBe(
      await db.sku.count({
        where: {
          status: "ACTIVE",
          merchant: { verificationStatus: "APPROVED", accountState: "ACTIVE" },
          hsChapter: "87",
          markets: { some: { country: "DE" } },
        },
      }),
    );
    expect(filtered.byChapter.map((c) => c.chapter)).toEqual(["87"]);
    const searched = await getCatalogOverview(staff, CatalogFilters.parse({ q: "耳机" }));
    expect(searched.total).toBeGreaterThan(0);
    expect(searched.items.every((i) => i.nameZh.includes("耳机"))).toBe(true);
  });
});
