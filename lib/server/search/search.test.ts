import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { seedSkus } from "@/lib/seed/skus";
import { listDeclarations } from "@/lib/server/declarations/list-declarations";
import { listSkus } from "@/lib/server/skus/list-skus";
import { listReviewQueue } from "@/lib/server/merchants/review-queue";
import { SkuFilters } from "@/lib/validation/sku";
import { searchForMerchant } from "./merchant-search";
import { searchForStaff } from "./staff-search";
import { allowSearch, SEARCH_RATE } from "./search-group";
import { parseSearchQuery, SEARCH_MAX_LENGTH } from "./search-query";

let mine = "";
let xiyong = "";
const staff = { role: "STAFF" as const, parkId: null };
let operator = { role: "PARK_OPERATOR" as const, parkId: null as string | null };

const sku = (merchantId: string, code: string, nameEn: string, nameZh = "") =>
  db.sku.create({
    data: {
      merchantId,
      code,
      nameEn,
      nameZh,
      hsCode: "851830",
      hsChapter: "85",
      unitPriceMinor: 100,
      currency: "CNY",
      weightGrams: 10,
    },
  });

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedSkus(db);
  mine = (await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } })).merchantId;
  xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  operator = { role: "PARK_OPERATOR", parkId: xiyong };
  await sku(mine, "LIT_A1", "Literal underscore", "字面下划线");
  await sku(mine, "LITXA1", "Wildcard bait");
  await sku(mine, "PCT-1", "Cotton 100% pure");
  await sku(mine, "PCT-2", "Cotton 1000 pure");
});
afterAll(() => db.$disconnect());

const declaration = (merchantId: string, reference: string) =>
  db.declaration.create({
    data: {
      merchantId,
      reference,
      declaredOn: new Date("2026-11-03T00:00:00Z"),
      month: "2026-11",
      customsMode: "9610",
      direction: "EXPORT",
      country: "US",
      valueMinor: 1000n,
      currency: "CNY",
      valueFen: 1000n,
    },
  });

const codes = (rows: { code: string }[]) => rows.map((r) => r.code).sort();

describe("a merchant's search", () => {
  it("finds the merchant's own SKUs and never another merchant's", async () => {
    const theirs = await db.sku.findFirstOrThrow({ where: { merchantId: { not: mine } }, select: { code: true } });
    const ownCodes = new Set(
      (await db.sku.findMany({ where: { merchantId: mine }, select: { code: true } })).map((s) => s.code),
    );
    expect(ownCodes.has(theirs.code)).toBe(false);
    const found = await searchForMerchant(mine, theirs.code);
    expect(found.skus.total).toBe(0);
    expect(found.skus.items).toEqual([]);
    const own = await searchForMerchant(mine, "lit_a1");
    expect(codes(own.skus.items)).toEqual(["LIT_A1"]);
    expect(own.skus.listHref).toBe("/merchant/skus?q=lit_a1&status=ALL");
  });

  it("matches % and _ as themselves, not as wildcards", async () => {
    const underscore = await searchForMerchant(mine, "LIT_A");
    expect(codes(underscore.skus.items)).toEqual(["LIT_A1"]);
    expect(underscore.skus.total).toBe(1);
    const percent = await searchForMerchant(mine, "100%");
    expect(codes(percent.skus.items)).toEqual(["PCT-1"]);
    expect(percent.skus.total).toBe(1);
    const bare = await searchForMerchant(mine, "%");
    expect(codes(bare.skus.items)).toEqual(["PCT-1"]);
    expect(
      (await searchForMerchant(mine, "_")).skus.items.every(
        (s) => s.code.includes("_") || /_/.test(s.nameEn + s.nameZh),
      ),
    ).toBe(true);
  });

  it("matches Chinese names as substrings and Latin letters in either case", async () => {
    expect(codes((await searchForMerchant(mine, "面下")).skus.items)).toEqual(["LIT_A1"]);
    expect(codes((await searchForMerchant(mine, "WILDCARD BAIT")).skus.items)).toEqual(["LITXA1"]);
  });

  it("finds only the merchant's own declarations by reference", async () => {
    const other = await db.merchant.findFirstOrThrow({ where: { id: { not: mine } }, select: { id: true } });
    const ours = await declaration(mine, "WB-2026_0001");
    await declaration(other.id, "WB-2026_0002");
    await declaration(mine, "WB-2026X0003");
    const found = await searchForMerchant(mine, "wb-2026_");
    expect(found.declarations.items.map((d) => d.id)).toEqual([ours.id]);
    expect(found.declarations.total).toBe(1);
    expect(found.declarations.listHref).toBe("/merchant/declarations?q=wb-2026_");
  });
});

describe("a staff search", () => {
  it("finds a merchant by part of its USCC, in either case", async () => {
    const merchant = await db.merchant.findFirstOrThrow({
      where: { uscc: { contains: "A" } },
      select: { id: true, uscc: true },
    });
    const found = await searchForStaff(staff, merchant.uscc.slice(-10).toLowerCase());
    expect(found.merchants.items.map((m) => m.id)).toContain(merchant.id);
    expect(found.merchants.listHref).toMatch(/^\/admin\/merchants\?status=ALL&q=/);
  });

  it("keeps a park operator to its park's merchants and SKUs, as the lists do", async () => {
    const elsewhere = await db.merchant.findFirstOrThrow({
      where: { parkId: { not: xiyong }, verificationStatus: "APPROVED", skus: { some: { status: "ACTIVE" } } },
      select: {
        id: true,
        nameZh: true,
        uscc: true,
        skus: { where: { status: "ACTIVE" }, select: { code: true }, take: 1 },
      },
    });
    expect((await searchForStaff(staff, elsewhere.uscc)).merchants.items.map((m) => m.id)).toEqual([elsewhere.id]);
    const asOperator = await searchForStaff(operator, elsewhere.uscc);
    expect(asOperator.merchants.total).toBe(0);
    const byName = await searchForStaff(operator, elsewhere.nameZh);
    expect(byName.merchants.items.map((m) => m.id)).not.toContain(elsewhere.id);
    const code = elsewhere.skus[0].code;
    const skus = await searchForStaff(operator, code);
    const parks = await db.sku.findMany({
      where: { id: { in: skus.skus.items.map((s) => s.id) } },
      select: { merchant: { select: { parkId: true } } },
    });
    expect(parks.every((s) => s.merchant.parkId === xiyong)).toBe(true);
    expect((await searchForStaff(staff, code)).skus.items.map((s) => s.merchant.id)).toContain(elsewhere.id);
  });

  it("finds events by title, and says how many match beyond the first few", async () => {
    const startsAt = new Date("2027-03-01T02:00:00Z");
    const event = await db.event.create({
      data: {
        slug: "search-fair-2027",
        titleZh: "搜索测试对接会",
        titleEn: "Search Test Fair",
        belt: "dazu-hardware",
        startsAt,
        endsAt: new Date("2027-03-01T08:00:00Z"),
        signupDeadline: startsAt,
        capacity: 10,
      },
    });
    const found = await searchForStaff(operator, event.titleEn.toUpperCase());
    expect(found.events.items.map((e) => e.id)).toContain(event.id);
    const all = await searchForStaff(staff, "a");
    expect(all.merchants.items.length).toBeLessThanOrEqual(5);
    expect(all.merchants.total).toBeGreaterThan(all.merchants.items.length);
  });
});

describe("the query", () => {
  it("refuses control characters and queries over the length limit, and runs an empty one not at all", () => {
    expect(parseSearchQuery("a\u0000b")).toMatchObject({ kind: "invalid", error: "controlCharacters", q: "ab" });
    expect(parseSearchQuery("x".repeat(SEARCH_MAX_LENGTH + 1))).toMatchObject({ kind: "invalid", error: "tooLong" });
    expect(parseSearchQuery("  ")).toEqual({ kind: "empty", q: "" });
    expect(parseSearchQuery(" 渝新欧 ")).toEqual({ kind: "query", q: "渝新欧" });
  });

  it("lets one user search 30 times a minute", async () => {
    const results = [];
    for (let i = 0; i <= SEARCH_RATE.limit; i++) results.push(await allowSearch(db, "user-search-limit"));
    expect(results.slice(0, SEARCH_RATE.limit).every(Boolean)).toBe(true);
    expect(results[SEARCH_RATE.limit]).toBe(false);
    expect(await allowSearch(db, "another-user")).toBe(true);
  });
});

describe("the list filters", () => {
  const skuCodes = async (q: string) =>
    (await listSkus(db, mine, SkuFilters.parse({ q, status: "ALL" }))).items.map((s) => s.code);

  it("match % and _ in the SKU list as themselves: q=% is not every SKU", async () => {
    expect(await skuCodes("%")).toEqual(["PCT-1"]);
    expect(await skuCodes("100%")).toEqual(["PCT-1"]);
    expect(await skuCodes("LIT_")).toEqual(["LIT_A1"]);
    expect(await skuCodes("_")).toEqual(["LIT_A1"]);
    // Letters still match in either case, and plain queries as before.
    expect(await skuCodes("lit_a")).toEqual(["LIT_A1"]);
    expect(await skuCodes("litxa")).toEqual(["LITXA1"]);
    const all = await db.sku.count({ where: { merchantId: mine } });
    expect((await listSkus(db, mine, SkuFilters.parse({ q: "", status: "ALL" }))).total).toBe(all);
  });

  it("match % and _ in the declaration list as themselves", async () => {
    for (const reference of ["REF_77", "REFX77"])
      await db.declaration.create({
        data: {
          merchantId: mine,
          declaredOn: new Date("2024-05-01T00:00:00Z"),
          month: "2024-05",
          customsMode: "9610",
          direction: "EXPORT",
          country: "US",
          valueMinor: 100n,
          currency: "USD",
          valueFen: 700n,
          reference,
        },
      });
    const refs = async (q: string) => (await listDeclarations(mine, { q })).items.map((d) => d.reference);
    expect(await refs("REF_7")).toEqual(["REF_77"]);
    expect(await refs("%")).toEqual([]);
    expect((await refs("ref")).sort()).toEqual(["REFX77", "REF_77"]);
  });

  it("match % and _ in the review queue as themselves", async () => {
    const total = (q: string) => listReviewQueue(staff, { status: "ALL", q }).then((r) => r.total);
    expect(await total("")).toBeGreaterThan(0);
    // No company's name or USCC holds a % or an _, whatever SQLite's LIKE would make of them.
    expect(await total("%")).toBe(0);
    expect(await total("_")).toBe(0);
  });
});
