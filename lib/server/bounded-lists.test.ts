// Every list reads a page, never the whole table: with 10,000 SKUs, 10,000
// declarations, 10,000 merchants and 10,000 audit entries in the database,
// each list's data function is run and every statement it sends is counted at
// the driver (better-sqlite3's statements, or pg's queries), row by row. No
// statement may return more than MAX_ROWS, while the lists' totals show the
// 10,000 rows are there. Deterministic: counts, never times.
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { newRowId } from "@/lib/db/insert-rows";
import { DEFAULT_PAGE_SIZE, parseListQuery } from "@/lib/paging";
import { SkuFilters } from "@/lib/validation/sku";
import { DeclarationFilters } from "@/lib/validation/declaration";
import { loadSkuContext } from "@/lib/server/skus/context";
import { writeSkus } from "@/lib/server/skus/write-skus";
import { listSkus, SKU_LIST } from "@/lib/server/skus/list-skus";
import { CATALOG_LIST, CatalogFilters, getCatalogOverview } from "@/lib/server/skus/catalog-overview";
import { listDeclarations } from "@/lib/server/declarations/list-declarations";
import { listReviewQueue, QueueFilters } from "@/lib/server/merchants/review-queue";
import { AuditFilters, searchAudit } from "@/lib/server/audit/search-audit";

const ROWS = 10_000;
/** A page of 20 items, each with up to ten linked rows (a SKU's markets, platforms and stock). */
const MAX_ROWS = DEFAULT_PAGE_SIZE * 10;
const staff = { role: "STAFF" as const, parkId: null };

/** Rows returned by each statement while `fn` runs, counted at the database driver. */
const counted: number[] = [];
let counting = false;
const record = (rows: unknown) => {
  if (counting && Array.isArray(rows)) counted.push(rows.length);
};

function countRows() {
  const sqliteStatement = Object.getPrototypeOf(new BetterSqlite3(":memory:").prepare("SELECT 1")) as {
    all: (...args: unknown[]) => unknown;
  };
  const all = sqliteStatement.all;
  sqliteStatement.all = function (this: unknown, ...args: unknown[]) {
    const rows = all.apply(this, args);
    record(rows);
    return rows;
  };
  for (const proto of [pg.Pool.prototype, pg.Client.prototype] as unknown as {
    query: (...a: unknown[]) => unknown;
  }[]) {
    const query = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const result = query.apply(this, args);
      if (result instanceof Promise) return result.then((r: { rows?: unknown }) => (record(r?.rows), r));
      return result;
    };
  }
}

async function rowsPerStatement<T>(fn: () => Promise<T>): Promise<{ result: T; largest: number; statements: number }> {
  counted.length = 0;
  counting = true;
  try {
    const result = await fn();
    return { result, largest: Math.max(0, ...counted), statements: counted.length };
  } finally {
    counting = false;
  }
}

let merchantId = "";
let parkId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  merchantId = owner.merchantId;
  parkId = (await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).parkId;
  const now = new Date("2026-11-02T03:04:05Z");

  // 10,000 SKUs of one merchant, through the import's own writer.
  await db.$transaction(
    async (tx) => {
      const ctx = await loadSkuContext(tx, merchantId);
      const warehouse = [...ctx.warehouses.keys()][0];
      const platform = [...ctx.platforms.keys()][0];
      const items = Array.from({ length: ROWS }, (_, i) => ({
        id: null,
        data: {
          code: `BOUND-${String(i).padStart(5, "0")}`,
          nameZh: `商品${i}`,
          nameEn: "",
          hsCode: "8518300000",
          originCountry: "CN",
          unitPriceMinor: 1000 + i,
          currency: "CNY",
          weightGrams: 60,
          markets: ["DE", "US"],
          platforms: platform ? [platform] : [],
          stock: warehouse ? { [warehouse]: 1 + (i % 9) } : {},
          status: "ACTIVE" as const,
        },
      }));
      await writeSkus(tx, ctx, items, { source: "csv", actorId: null });
    },
    { timeout: 120_000 },
  );

  // 10,000 declarations of the same merchant, 10,000 merchants awaiting review, 10,000 audit entries.
  await db.declaration.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({
      merchantId,
      declaredOn: now,
      month: "2026-11",
      customsMode: "9610",
      direction: "EXPORT" as const,
      country: "US",
      valueMinor: BigInt(100 + i),
      currency: "CNY",
      valueFen: BigInt(100 + i),
      reference: `BOUND-${i}`,
    })),
  });
  await db.merchant.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({
      id: newRowId(),
      nameZh: `待审企业${i}`,
      uscc: `BOUND${String(i).padStart(13, "0")}`,
      parkId,
      verificationStatus: "PENDING" as const,
      contactName: "联系人",
      contactPhone: "13800000000",
      contactEmail: `bound${i}@example.com`,
      submittedAt: now,
      updatedAt: now,
    })),
  });
  await db.auditLog.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({
      action: "sku.import",
      entityType: "ImportJob",
      entityId: `job-${i}`,
      merchantId,
      parkId,
      createdAt: now,
    })),
  });
  countRows();
}, 300_000);
afterAll(() => db.$disconnect());

describe("with 10,000 rows, every list reads one page", () => {
  it("the merchant's SKU list", async () => {
    const { result, largest } = await rowsPerStatement(() =>
      listSkus(db, merchantId, SkuFilters.parse({}), parseListQuery(SKU_LIST, {})),
    );
    expect(result.total).toBeGreaterThanOrEqual(ROWS);
    expect(result.items).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(largest).toBeLessThanOrEqual(MAX_ROWS);
  });

  it("the staff catalog of SKUs", async () => {
    const { result, largest } = await rowsPerStatement(() =>
      getCatalogOverview(staff, CatalogFilters.parse({}), parseListQuery(CATALOG_LIST, {})),
    );
    expect(result.total).toBeGreaterThanOrEqual(ROWS);
    expect(largest).toBeLessThanOrEqual(MAX_ROWS);
  });

  it("the merchant's declarations", async () => {
    const { result, largest } = await rowsPerStatement(() =>
      listDeclarations(merchantId, DeclarationFilters.parse({})),
    );
    expect(result.total).toBeGreaterThanOrEqual(ROWS);
    expect(largest).toBeLessThanOrEqual(MAX_ROWS);
  });

  it("the review queue of merchants", async () => {
    const { result, largest } = await rowsPerStatement(() => listReviewQueue(staff, QueueFilters.parse({})));
    expect(result.total).toBeGreaterThanOrEqual(ROWS);
    expect(largest).toBeLessThanOrEqual(MAX_ROWS);
  });

  it("the audit log", async () => {
    const { result, largest } = await rowsPerStatement(() => searchAudit(db, staff, AuditFilters.parse({})));
    expect(result.total).toBeGreaterThanOrEqual(ROWS);
    expect(largest).toBeLessThanOrEqual(MAX_ROWS);
  });

  it("counts what it reads: the same SKUs unpaged would be 10,000 rows in one statement", async () => {
    const { result, largest, statements } = await rowsPerStatement(() =>
      db.sku.findMany({ where: { merchantId }, select: { id: true } }),
    );
    expect(result.length).toBeGreaterThanOrEqual(ROWS);
    expect(statements).toBe(1);
    expect(largest).toBeGreaterThanOrEqual(ROWS);
  });
});
