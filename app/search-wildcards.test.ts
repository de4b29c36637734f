// Every search box and `q` parameter finds `%` and `_` as the characters
// themselves, on SQLite and PostgreSQL alike: `q=%` finds the rows whose text
// holds a percent sign, never every row (issue 16). Each answer is compared
// with the rows whose text holds the query, read back and checked here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { sessionStub } from "@/lib/testing/next-stubs";
import { seedDemo } from "@/lib/seed/demo";
import { seedSkus } from "@/lib/seed/skus";
import { parseCsv } from "@/lib/csv/parse";
import { parseListQuery } from "@/lib/paging";
import { makeEvent, makeMerchant } from "@/lib/testing/event-fixtures";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { activeSkuWhere } from "@/lib/server/counts/definitions";
import { ADMIN_EVENT_LIST, countEventsForAdmin, listEventsForAdmin } from "@/lib/server/events/admin-events";
import { AUDIT_LIST, AuditFilters, searchAudit } from "@/lib/server/audit/search-audit";
import { CATALOG_LIST, CatalogFilters, getCatalogOverview } from "@/lib/server/skus/catalog-overview";
import { searchForStaff } from "@/lib/server/search/staff-search";
import { MAX_LITERAL_IDS } from "@/lib/server/search/contains-text";
import { runSearch } from "@/lib/server/search/run-search";
import { searchForMerchant } from "@/lib/server/search/merchant-search";
import { providerOf } from "@/lib/db/provider";
import { listSkus } from "@/lib/server/skus/list-skus";
import { SkuFilters } from "@/lib/validation/sku";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";
import { A, send, setUpMerchants } from "@/app/api/v1/api-test-client";
import { GET as eventsExport } from "@/app/admin/(lists)/events/export/route";
import { GET as auditExport } from "@/app/admin/(lists)/audit/export/route";
import { GET as catalogExport } from "@/app/admin/(lists)/catalog/export/route";
import { GET as skuExport } from "@/app/merchant/(approved)/skus/export/route";
import { GET as reviewQueueExport } from "@/app/admin/(lists)/merchants/export/route";
import { listReviewQueue } from "@/lib/server/merchants/review-queue";
import { GET as declarationsExport } from "@/app/merchant/(approved)/declarations/export/route";
import { listDeclarations } from "@/lib/server/declarations/list-declarations";

const staff = { role: "STAFF" as const, parkId: null };
const WILDCARDS = ["%", "_"] as const;

/** Whether any of the texts holds `q`, letters in either case: what a search must find. */
const holds = (q: string, ...texts: (string | null | undefined)[]) =>
  texts.some((text) => text != null && text.toLowerCase().includes(q.toLowerCase()));
const sorted = (values: string[]) => [...values].sort();
const csvRows = async (res: Response) => {
  expect(res.status).toBe(200);
  return parseCsv(await res.text()).rows;
};

beforeAll(async () => {
  // The demo SKUs (thousands) first: seedSkus adds none to a database that has some.
  await seedDemo(db, { passwordHash: "unused" });
  await seedSkus(db);
  await setUpMerchants();
  sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
  const sku = (code: string, nameEn: string, nameZh = "测试商品") =>
    db.sku.create({
      data: {
        merchantId: A.merchantId,
        code,
        nameEn,
        nameZh,
        hsCode: "8518300000",
        hsChapter: "85",
        unitPriceMinor: 100,
        currency: "CNY",
        weightGrams: 10,
      },
    });
  // Each text with a wildcard has a twin where the wildcard would match another character.
  await sku("PCT-1", "Cotton 100% pure");
  await sku("PCT-2", "Cotton 1000 pure");
  await sku("LIT_A1", "Literal underscore");
  await sku("LITXA1", "Wildcard bait");

  const event = async (slug: string, titleEn: string) =>
    db.event.update({ where: { id: (await makeEvent(db)).id }, data: { slug, titleEn } });
  await event("spring-fair-30pct", "Spring fair: 30% off stands");
  await event("spring-fair-300", "Spring fair: 300 stands");
  await event("wild_card-fair", "Wildcard fair");
  await event("wildxcard-fair", "Wildxcard fair");

  const xiyong = await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } });
  const company = async (nameEn: string) => {
    const m = await makeMerchant(db, { parkId: xiyong.id });
    await db.merchant.update({ where: { id: m.merchantId }, data: { nameEn } });
    return m;
  };
  const companies = [
    await company("Hundred% Trading Co., Ltd."),
    await company("Hundred0 Trading Co., Ltd."),
    await company("Under_score Trading Co., Ltd."),
    await company("UnderXscore Trading Co., Ltd."),
  ];
  const actor = (email: string, name: string) =>
    db.user.create({ data: { email, name, passwordHash: "x", role: "STAFF" } });
  const actors = [
    await actor("ops_desk@example.com", "Ops Desk"),
    await actor("opsxdesk@example.com", "Opsx Desk"),
    await actor("quota@example.com", "Quota 100% lead"),
    await actor("quota2@example.com", "Quota 1000 lead"),
  ];
  for (const [i, m] of companies.entries())
    await recordAudit(db, {
      actorId: actors[i].id,
      action: "merchant.approve",
      entityType: "Merchant",
      entityId: m.merchantId,
    });
});
afterAll(() => db.$disconnect());

describe("% and _ in a search are themselves, never wildcards", () => {
  it("in the staff event list and its export", async () => {
    const events = await db.event.findMany({ select: { id: true, slug: true, titleZh: true, titleEn: true } });
    const query = parseListQuery(ADMIN_EVENT_LIST, { size: "100" });
    for (const q of WILDCARDS) {
      const expected = events.filter((e) => holds(q, e.titleZh, e.titleEn, e.slug));
      expect(expected.length, q).toBeGreaterThan(0);
      expect(expected.length, q).toBeLessThan(events.length);
      const list = await listEventsForAdmin({ status: "ALL", q, page: 1 }, query);
      expect(sorted(list.items.map((e) => e.slug)), q).toEqual(sorted(expected.map((e) => e.slug)));
      expect(await countEventsForAdmin({ status: "ALL", q, page: 1 })).toBe(expected.length);
      const rows = await csvRows(
        await eventsExport(new Request(`http://localhost/admin/events/export?q=${encodeURIComponent(q)}`)),
      );
      expect(sorted(rows.map((r) => r[2])), q).toEqual(sorted(expected.map((e) => e.slug)));
    }
  });

  it("in the audit log's who and company searches, and its export", async () => {
    const query = parseListQuery(AUDIT_LIST, { size: "100" });
    const entries = () =>
      db.auditLog.findMany({
        select: {
          id: true,
          actor: { select: { email: true, name: true } },
          merchantId: true,
        },
      });
    for (const q of WILDCARDS) {
      const byActor = await searchAudit(db, staff, AuditFilters.parse({ actor: q }), query);
      const exported = await csvRows(
        await auditExport(new Request(`http://localhost/admin/audit/export?actor=${encodeURIComponent(q)}`)),
      );
      // The export itself is audited (by staff@example.com, which neither search finds).
      const all = await entries();
      const expected = all.filter((e) => holds(q, e.actor?.email, e.actor?.name));
      expect(expected.length, q).toBeGreaterThan(0);
      expect(expected.length, q).toBeLessThan(all.length);
      expect(sorted(byActor.items.map((e) => e.id)), q).toEqual(sorted(expected.map((e) => e.id)));
      expect(exported, q).toHaveLength(expected.length);
      expect(
        exported.every((row) => holds(q, row[1], row[2])),
        q,
      ).toBe(true);

      const merchants = await db.merchant.findMany({ select: { id: true, nameZh: true, nameEn: true, uscc: true } });
      const named = new Set(merchants.filter((m) => holds(q, m.nameZh, m.nameEn, m.uscc)).map((m) => m.id));
      const byCompany = await searchAudit(db, staff, AuditFilters.parse({ merchant: q }), query);
      const concerning = (await entries()).filter((e) => e.merchantId && named.has(e.merchantId));
      expect(concerning.length, q).toBeGreaterThan(0);
      expect(concerning.length, q).toBeLessThan(all.length);
      expect(sorted(byCompany.items.map((e) => e.id)), q).toEqual(sorted(concerning.map((e) => e.id)));
      const companyCsv = await csvRows(
        await auditExport(new Request(`http://localhost/admin/audit/export?merchant=${encodeURIComponent(q)}`)),
      );
      expect(companyCsv, q).toHaveLength(concerning.length);
    }
  });

  it("in the staff catalog and its export", async () => {
    const active = await db.sku.findMany({
      where: activeSkuWhere(),
      select: { code: true, nameZh: true, nameEn: true },
    });
    const query = parseListQuery(CATALOG_LIST, { size: "100" });
    for (const q of WILDCARDS) {
      const expected = active.filter((s) => holds(q, s.code, s.nameZh, s.nameEn)).map((s) => s.code);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(expected.length, q).toBeLessThan(active.length);
      const catalog = await getCatalogOverview(staff, CatalogFilters.parse({ q }), query);
      expect(sorted(catalog.items.map((s) => s.code)), q).toEqual(sorted(expected));
      expect(catalog.total).toBe(expected.length);
      const rows = await csvRows(
        await catalogExport(new Request(`http://localhost/admin/catalog/export?q=${encodeURIComponent(q)}`)),
      );
      expect(sorted(rows.map((r) => r[0])), q).toEqual(sorted(expected));
    }
  });

  it("in the staff search: merchants, SKUs and events", async () => {
    const [merchants, skus, events] = await Promise.all([
      db.merchant.findMany({ select: { nameZh: true, nameEn: true, uscc: true } }),
      db.sku.findMany({ where: activeSkuWhere(), select: { code: true, nameZh: true, nameEn: true } }),
      db.event.findMany({ select: { slug: true, titleZh: true, titleEn: true } }),
    ]);
    for (const q of WILDCARDS) {
      const found = await searchForStaff(staff, q);
      expect(found.merchants.total, q).toBe(merchants.filter((m) => holds(q, m.nameZh, m.nameEn, m.uscc)).length);
      expect(found.skus.total, q).toBe(skus.filter((s) => holds(q, s.code, s.nameZh, s.nameEn)).length);
      expect(found.events.total, q).toBe(events.filter((e) => holds(q, e.titleZh, e.titleEn, e.slug)).length);
      expect(found.merchants.total + found.skus.total + found.events.total, q).toBeGreaterThan(0);
      expect(found.skus.total, q).toBeLessThan(skus.length);
      expect(found.merchants.total, q).toBeLessThan(merchants.length);
      for (const group of [found.merchants, found.skus, found.events])
        expect(group.items.length).toBeLessThanOrEqual(5);
    }
  });

  it("in the ERP API's GET /api/v1/skus?q=", async () => {
    const own = await db.sku.findMany({
      where: { merchantId: A.merchantId, status: "ACTIVE" },
      select: { code: true, nameZh: true, nameEn: true },
    });
    for (const q of WILDCARDS) {
      const expected = own.filter((s) => holds(q, s.code, s.nameZh, s.nameEn)).map((s) => s.code);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(expected.length, q).toBeLessThan(own.length);
      const res = await send("GET", `/skus?limit=200&q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(sorted(res.body.data.map((s) => s.code)), q).toEqual(sorted(expected));
    }
    // The document says so, in both languages.
    const qOf = (locale: "en" | "zh-CN") => {
      const doc = buildOpenApiDocument(locale) as {
        paths: Record<string, { get?: { parameters?: { name: string; description?: string }[] } }>;
      };
      return doc.paths["/skus"].get?.parameters?.find((p) => p.name === "q")?.description;
    };
    expect(qOf("en")).toContain("% and _ match only themselves");
    expect(qOf("zh-CN")).toContain("% 和 _ 按字面匹配");
    // A query with a wildcard among other text, too.
    expect((await send("GET", `/skus?q=${encodeURIComponent("lit_a")}`)).body.data.map((s) => s.code)).toEqual([
      "LIT_A1",
    ]);
  });

  it("with more rows holding the text than one clause can name (SKU list, catalog, their exports, API, search)", async () => {
    // More than Prisma binds in one SQLite statement (999), let alone MAX_LITERAL_IDS.
    const many = 1_100;
    expect(many).toBeGreaterThan(MAX_LITERAL_IDS);
    await db.sku.createMany({
      data: Array.from({ length: many }, (_, i) => ({
        merchantId: A.merchantId,
        code: `BULK_${String(i).padStart(4, "0")}`,
        nameEn: "Bulk item",
        nameZh: "批量商品",
        hsCode: "8518300000",
        hsChapter: "85",
        unitPriceMinor: 100,
        currency: "CNY",
        weightGrams: 10,
      })),
    });
    await db.sku.create({
      data: {
        merchantId: A.merchantId,
        code: "BULKX0001",
        nameEn: "Bulk bait",
        nameZh: "批量诱饵",
        hsCode: "8518300000",
        hsChapter: "85",
        unitPriceMinor: 100,
        currency: "CNY",
        weightGrams: 10,
      },
    });
    const list = await listSkus(db, A.merchantId, SkuFilters.parse({ q: "bulk_", status: "ALL" }));
    expect(list.total).toBe(many);
    expect(list.items.every((s) => s.code.startsWith("BULK_"))).toBe(true);
    const catalog = await getCatalogOverview(staff, CatalogFilters.parse({ q: "bulk_" }));
    expect(catalog.total).toBe(many);
    expect((await send("GET", `/skus?limit=200&q=${encodeURIComponent("BULK_0")}`)).body.data).toHaveLength(200);

    // A bare "_": on SQLite more rows hold it, and more do not, than a clause can name; a message, not a 500.
    const holding = (
      await db.sku.findMany({ where: { merchantId: A.merchantId }, select: { code: true, nameZh: true, nameEn: true } })
    ).filter((s) => holds("_", s.code, s.nameZh, s.nameEn)).length;
    const bare = await runSearch(A.userId, "_", (q) => searchForMerchant(A.merchantId, q));
    const api = await send("GET", "/skus?q=_", { lang: "en" });
    const bareList = await listSkus(db, A.merchantId, SkuFilters.parse({ q: "_", status: "ALL" }));
    const bareCatalog = await getCatalogOverview(staff, CatalogFilters.parse({ q: "_" }));
    const catalogCsv = await catalogExport(new Request("http://localhost/admin/catalog/export?q=_"));
    sessionStub.userId = A.userId;
    const skuCsv = await skuExport(new Request("http://localhost/merchant/skus/export?q=_&status=ALL"));
    sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
    if (providerOf(db) === "sqlite") {
      expect(bareList).toMatchObject({ items: [], total: 0, tooBroad: true });
      expect(bareCatalog).toMatchObject({ items: [], total: 0, tooBroad: true });
      for (const res of [catalogCsv, skuCsv]) {
        expect(res.status).toBe(422);
        expect(await res.text()).toContain("“%”");
      }
      expect(bare).toMatchObject({ q: "_", results: null, error: { key: "tooBroad" } });
      expect(api.status).toBe(400);
      expect(api.body.error.fields.q).toBe(
        "Too many entries contain “%” or “_” to list them all; type more of what you are looking for.",
      );
    } else {
      expect(bareList).toMatchObject({ total: holding, tooBroad: false });
      expect(bareCatalog.tooBroad).toBe(false);
      expect([catalogCsv.status, skuCsv.status]).toEqual([200, 200]);
      expect(bare.results?.skus.total).toBe(holding);
      expect(api.status).toBe(200);
    }
  });

  it("in the declarations list and its export, with more rows holding the text than one clause can name", async () => {
    const rows = (prefix: string, length: number) =>
      Array.from({ length }, (_, i) => ({
        merchantId: A.merchantId,
        reference: `${prefix}${String(i).padStart(4, "0")}`,
        declaredOn: new Date("2026-11-03T00:00:00Z"),
        month: "2026-11",
        customsMode: "9610",
        direction: "EXPORT" as const,
        country: "US",
        valueMinor: 1000n,
        currency: "CNY",
        valueFen: 1000n,
      }));
    // 1,000 hold "wild_", 100 more are what its wildcard matches, 1,000 hold neither.
    await db.declaration.createMany({
      data: [...rows("WILD_", 1_000), ...rows("WILDX", 100), ...rows("PLAIN", 1_000)],
    });
    const narrow = await listDeclarations(A.merchantId, { q: "wild_" });
    expect(narrow).toMatchObject({ total: 1_000, tooBroad: false });
    expect(narrow.items.every((d) => d.reference?.startsWith("WILD_"))).toBe(true);

    const bare = await listDeclarations(A.merchantId, { q: "_" });
    sessionStub.userId = A.userId;
    const csv = await declarationsExport(new Request("http://localhost/merchant/declarations/export?q=_"));
    sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
    if (providerOf(db) === "sqlite") {
      expect(bare).toMatchObject({ items: [], total: 0, tooBroad: true });
      expect(csv.status).toBe(422);
      expect(await csv.text()).toContain("“%”");
    } else {
      const own = await db.declaration.findMany({ where: { merchantId: A.merchantId }, select: { reference: true } });
      expect(bare).toMatchObject({ total: own.filter((d) => holds("_", d.reference)).length, tooBroad: false });
      expect(csv.status).toBe(200);
    }
  });

  it("in the staff lists of events, companies and the audit log, with more rows holding it than a clause can name", async () => {
    const xiyong = await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } });
    const n = Array.from({ length: 1_000 }, (_, i) => String(i).padStart(4, "0"));
    const startsAt = new Date("2027-06-01T02:00:00Z");
    await db.event.createMany({
      data: ["BULK_", "BULKX"].flatMap((prefix) =>
        n.map((i) => ({
          slug: `${prefix.toLowerCase()}${i}`,
          titleZh: `批量活动${i}`,
          titleEn: `Bulk event ${i}`,
          belt: "nev-parts",
          startsAt,
          endsAt: startsAt,
          signupDeadline: startsAt,
          capacity: 10,
        })),
      ),
    });
    await db.merchant.createMany({
      data: ["BULK_", "BULKX"].flatMap((prefix) =>
        n.map((i) => ({
          nameZh: `批量公司${prefix}${i}`,
          nameEn: `${prefix}${i} Co., Ltd.`,
          uscc: `${prefix === "BULK_" ? "1" : "2"}${i}`,
          parkId: xiyong.id,
          contactName: "测试",
          contactPhone: "13800138000",
          contactEmail: `${prefix.toLowerCase()}${i}@example.com`,
        })),
      ),
    });
    await db.user.createMany({
      data: ["bulk_", "bulkx"].flatMap((prefix) =>
        n.map((i) => ({
          email: `${prefix}${i}@example.com`,
          name: `Bulk ${i}`,
          passwordHash: "x",
          role: "STAFF" as const,
        })),
      ),
    });
    const events = await listEventsForAdmin({ status: "ALL", q: "_", page: 1 });
    const queue = await listReviewQueue(staff, { status: "ALL", q: "_" });
    const audit = await searchAudit(db, staff, AuditFilters.parse({ actor: "_" }));
    const exports = await Promise.all([
      eventsExport(new Request("http://localhost/admin/events/export?q=_")),
      reviewQueueExport(new Request("http://localhost/admin/merchants/export?status=ALL&q=_")),
      auditExport(new Request("http://localhost/admin/audit/export?actor=_")),
    ]);
    if (providerOf(db) === "sqlite") {
      for (const list of [events, queue, audit]) expect(list).toMatchObject({ items: [], total: 0, tooBroad: true });
      for (const res of exports) {
        expect(res.status).toBe(422);
        expect(await res.text()).toContain("“%”");
      }
    } else {
      const allEvents = await db.event.findMany({ select: { slug: true, titleZh: true, titleEn: true } });
      const companies = await db.merchant.findMany({ select: { nameZh: true, nameEn: true, uscc: true } });
      expect(events).toMatchObject({
        total: allEvents.filter((e) => holds("_", e.slug, e.titleZh, e.titleEn)).length,
        tooBroad: false,
      });
      expect(queue).toMatchObject({
        total: companies.filter((m) => holds("_", m.nameZh, m.nameEn, m.uscc)).length,
        tooBroad: false,
      });
      expect(queue.total).toBeGreaterThan(1_000);
      expect(audit.tooBroad).toBe(false);
      expect(exports.map((r) => r.status)).toEqual([200, 200, 200]);
    }
  });
});
