import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { seedDeclarations } = await import("@/lib/seed/declarations");
const { seedSkus } = await import("@/lib/seed/skus");
const { getDashboard } = await import("@/lib/server/dashboard/get-dashboard");
const { merchantTotals } = await import("@/lib/server/dashboard/queries");
const { setExchangeRate } = await import("@/lib/server/rates/set-rate");
const { setOfficialStat } = await import("@/lib/server/rates/set-official-stat");
const { deleteOfficialStat } = await import("@/lib/server/rates/delete-official-stat");
const { createDeclaration } = await import("@/lib/server/declarations/create-declaration");
const { deleteDeclaration } = await import("@/lib/server/declarations/delete-declaration");
const { declarationSchema } = await import("@/lib/validation/declaration");
const { getMerchantFigures } = await import("@/lib/server/declarations/get-merchant-figures");
const { findOwnDeclaration, listDeclarations } = await import("@/lib/server/declarations/list-declarations");
const { GET: exportTable } = await import("@/app/admin/dashboard/export/[table]/route");
const { getGoalsWithProgress } = await import("@/lib/server/goals/get-goal-progress");
const { getPublicFigures } = await import("@/lib/server/zones/get-public-figures");
const { getZoneSystem } = await import("@/lib/server/zones/get-zone-system");
const { getCatalogOverview, CatalogFilters } = await import("@/lib/server/skus/catalog-overview");
const counts = await import("@/lib/server/counts/definitions");

const NOW = new Date("2026-11-28T08:00:00Z");
const BILLION = 100_000_000_000n; // 1 billion CNY in fen
const staff = { role: "STAFF" as const, parkId: null };
let operator: { role: "PARK_OPERATOR"; parkId: string | null };
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedDeclarations(db);
  await seedSkus(db);
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  const op = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  operator = { role: "PARK_OPERATOR", parkId: op.parkId };
  ids.xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  ids.dazuZone = (await db.zone.findUniqueOrThrow({ where: { code: "CQ-DZ-04" } })).id;
  ids.merchant = (await db.membership.findFirstOrThrow({ where: { userId: ids["merchant@example.com"] } })).merchantId;
});
afterAll(() => db.$disconnect());

const declared = async (where: object) =>
  (await db.declaration.aggregate({ where, _sum: { valueFen: true } }))._sum.valueFen ?? 0n;
const official = async (where: object) =>
  (await db.officialStat.aggregate({ where, _sum: { valueFen: true } }))._sum.valueFen ?? 0n;
const year = (y: number) => ({ gte: `${y}-01`, lte: `${y}-12` });

describe("the staff dashboard", () => {
  it("shows 2023 at about 20 billion CNY from the official statistics; no goal covers 2023, so the 2025 result is shown", async () => {
    const d = await getDashboard(staff, { year: "2023" }, NOW);
    expect(d.filters.year).toBe(2023);
    expect(d.headline.current.value).toBe(await official({ month: year(2023) }));
    expect(d.headline.current.value).toBeGreaterThan((196n * BILLION) / 10n);
    expect(d.headline.current.value).toBeLessThan((204n * BILLION) / 10n);
    expect(d.headline.current.source).toBe("official");
    expect(d.headline.covering).toBeNull();
    expect(d.headline.latestResult).toMatchObject({
      code: "CBEC_VOLUME_2025",
      targetValue: (700n * BILLION) / 10n,
      status: { phase: "ended", verdict: "missed", soFar: await official({ month: year(2025) }) },
    });
    expect(d.headline.yoy).toBeNull();
    // 2022 has no figures at all: no comparison, not a 0.
    expect(d.comparison).toEqual({ hasPrevious: false, previousYear: 2022 });
    expect(d.chart.months[0]).toBe("2023-01");
    expect(d.chart.months.at(-1)).toBe("2026-11");
  });

  it("judges 2025 by its goal's final result, and 2024 and 2026 by no goal (their years have none)", async () => {
    const y2025 = await getDashboard(staff, { year: "2025" }, NOW);
    expect(y2025.headline.covering?.status).toMatchObject({
      phase: "ended",
      verdict: "missed",
      monthsLeft: 0,
      requiredPerMonth: null,
      soFar: await official({ month: year(2025) }),
    });
    for (const y of ["2024", "2026"]) {
      const d = await getDashboard(staff, { year: y }, NOW);
      expect(d.headline.covering, y).toBeNull();
      expect(d.headline.latestResult?.status.percent, y).toBe(y2025.headline.covering!.status.percent);
    }
    const y2024 = await getDashboard(staff, { year: "2024" }, NOW);
    expect(y2024.headline.yoy).toBeGreaterThan(0.1);
    expect(y2024.comparison.hasPrevious).toBe(true);
  });

  it("draws the goal lines only within the goal's period", async () => {
    const d = await getDashboard(staff, {}, NOW);
    const inPeriod = (m: string) => m >= "2025-01" && m <= "2025-12";
    d.chart.months.forEach((m, i) => {
      expect(d.chart.goalMonthly![i] === null, m).toBe(!inPeriod(m));
      expect(d.chart.goalCumulative![i] === null, m).toBe(!inPeriod(m));
    });
    const dec = d.chart.months.indexOf("2025-12");
    const before = d.chart.actualCumulative[d.chart.months.indexOf("2024-12")];
    expect(d.chart.goalCumulative![dec]).toBe(before + (700n * BILLION) / 10n);
  });

  it("shows one percentage per goal: the headline, the goals card, the CSV export and the landing page", async () => {
    const d = await getDashboard(staff, { year: "2025" }, NOW);
    const percent = d.headline.covering!.status.percent;
    expect(percent).toBeGreaterThan(0);
    const goals = await getGoalsWithProgress(NOW);
    expect(goals.find((g) => g.code === "CBEC_VOLUME_2025")?.progress.percent).toBe(percent);
    const landing = await getPublicFigures(NOW);
    expect(landing.volumeGoal?.code).toBe("CBEC_VOLUME_2025");
    expect(landing.volumeGoal?.status.percent).toBe(percent);
    expect((await getDashboard(staff, {}, NOW)).headline.latestResult?.status.percent).toBe(percent);
    sessionStub.userId = ids["staff@example.com"];
    const res = await exportTable(new Request("http://localhost/admin/dashboard/export/goals?year=2025"), {
      params: Promise.resolve({ table: "goals" }),
    });
    const lines = (await res.text()).trim().split("\r\n");
    const row = lines.find((l) => l.includes("70 billion"))!;
    expect(row.split(",")).toContain(percent!.toFixed(1));
  });

  it("leaves the comparison columns empty, not 0, when the year before has no figures", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const res = await exportTable(new Request("http://localhost/admin/dashboard/export/zones?year=2023"), {
      params: Promise.resolve({ table: "zones" }),
    });
    const rows = (await res.text()).trim().split("\r\n").slice(1);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.split(",").slice(2, 4), r).toEqual(["", ""]);
  });

  it("narrows to a zone when filtered, and to the declarations when a customs mode is chosen", async () => {
    const city = await getDashboard(staff, { year: "2023" }, NOW);
    const dazu = await getDashboard(staff, { year: "2023", zone: ids.dazuZone }, NOW);
    expect(dazu.scope.kind).toBe("zone");
    expect(dazu.headline.current.value).toBe(await official({ zoneId: ids.dazuZone, month: year(2023) }));
    expect(dazu.headline.current.value).toBeLessThan(city.headline.current.value);
    const procurement = await getDashboard(staff, { year: "2023", mode: "1039" }, NOW);
    expect(procurement.headline.current).toMatchObject({ source: "declared", count: 1726 });
    expect(procurement.headline.current.value).toBe(await declared({ customsMode: "1039", month: year(2023) }));
    expect(procurement.headline.covering).toBeNull();
    expect(procurement.headline.latestResult).toBeNull();
  });

  it("uses an official figure where one exists for the zone and month, and declarations elsewhere", async () => {
    // Twice before: the second view is the cached one, which an official figure entered by staff replaces at once.
    await getDashboard(staff, {}, NOW);
    const before = await getDashboard(staff, {}, NOW);
    const october = before.chart.months.indexOf("2026-10");
    expect(before.chart.sources[october]).toBe("declared");
    const zoneDeclared = await declared({ month: "2026-10", merchant: { park: { zoneId: ids.dazuZone } } });
    const entered = await setOfficialStat(db, ids["staff@example.com"], {
      zoneId: ids.dazuZone,
      month: "2026-10",
      value: zoneDeclared + 123_456n,
      source: "",
    });
    expect(entered.ok).toBe(true);
    const after = await getDashboard(staff, {}, NOW);
    expect(after.chart.sources[october]).toBe("mixed");
    expect(after.headline.current.value - before.headline.current.value).toBe(123_456n);
    expect(await deleteOfficialStat(db, ids["staff@example.com"], ids.dazuZone, "2026-10")).toEqual({ ok: true });
    expect(await getDashboard(staff, {}, NOW)).toEqual(before);
  });
});

describe("the headline counts", () => {
  it("agree between the dashboard, the landing page, the catalog and the zones page (one definition each)", async () => {
    const city = await getDashboard(staff, {}, NOW);
    const landing = await getPublicFigures(NOW);
    const catalog = await getCatalogOverview(staff, CatalogFilters.parse({}));
    const system = await getZoneSystem();
    const approved = await db.merchant.count({ where: { verificationStatus: "APPROVED", accountState: "ACTIVE" } });
    expect(city.counts.approvedMerchants).toBe(approved);
    expect(landing.merchants).toBe(approved);
    const parkSum = system.demonstration.flatMap((z) => z.parks).reduce((s, p) => s + p.approvedMerchants, 0);
    expect(parkSum).toBe(approved);
    expect(catalog.total).toBe(city.counts.activeSkus);
    expect(catalog.total).toBe(await counts.countActiveSkus(db));
    expect(catalog.merchantCount).toBe(await counts.countMerchantsWithActiveSku(db));
    expect(catalog.byMarket.length).toBe(await counts.countTargetedMarkets(db));

    // The operator's dashboard and the zones page count Xiyong's merchants alike; so do its catalog and dashboard SKUs.
    const own = await getDashboard(operator, {}, NOW);
    const xiyong = system.demonstration.flatMap((z) => z.parks).find((p) => p.id === ids.xiyong)!;
    expect(own.counts.approvedMerchants).toBe(xiyong.approvedMerchants);
    expect((await getCatalogOverview(operator, CatalogFilters.parse({}))).total).toBe(own.counts.activeSkus);
  });

  it("leave out a suspended merchant, and its SKUs, on every screen", async () => {
    const merchant = await db.merchant.findFirstOrThrow({
      where: {
        parkId: ids.xiyong,
        verificationStatus: "APPROVED",
        accountState: "ACTIVE",
        skus: { some: { status: "ACTIVE" } },
      },
      select: { id: true, _count: { select: { skus: { where: { status: "ACTIVE" } } } } },
    });
    const before = await getDashboard(operator, {}, NOW);
    const zoneBefore = (await getZoneSystem()).demonstration.flatMap((z) => z.parks).find((p) => p.id === ids.xiyong)!;
    await db.merchant.update({ where: { id: merchant.id }, data: { accountState: "SUSPENDED" } });
    try {
      const after = await getDashboard(operator, {}, NOW);
      const zoneAfter = (await getZoneSystem()).demonstration.flatMap((z) => z.parks).find((p) => p.id === ids.xiyong)!;
      expect(after.counts.approvedMerchants).toBe(before.counts.approvedMerchants - 1);
      expect(zoneAfter.approvedMerchants).toBe(zoneBefore.approvedMerchants - 1);
      expect(after.counts.activeSkus).toBe(before.counts.activeSkus - merchant._count.skus);
      const catalog = await getCatalogOverview(operator, CatalogFilters.parse({}));
      expect(catalog.total).toBe(after.counts.activeSkus);
    } finally {
      await db.merchant.update({ where: { id: merchant.id }, data: { accountState: "ACTIVE" } });
    }
  });
});

describe("scoping", () => {
  it("gives a park operator its own park only, whatever the URL asks for", async () => {
    const d = await getDashboard(operator, { year: "2024", zone: ids.dazuZone }, NOW);
    expect(d.scope.kind).toBe("park");
    expect(d.scope.parks.map((p) => p.id)).toEqual([ids.xiyong]);
    expect(d.headline.current.value).toBe(await declared({ month: year(2024), merchant: { parkId: ids.xiyong } }));
    expect(d.headline.covering).toBeNull();
    expect(d.headline.latestResult).toBeNull();
    expect(d.parks.map((p) => p.key)).toEqual([ids.xiyong]);
    const merchantParks = await db.merchant.findMany({
      where: { id: { in: d.merchants.map((m) => m.key) } },
      select: { parkId: true },
    });
    expect(new Set(merchantParks.map((m) => m.parkId))).toEqual(new Set([ids.xiyong]));
    expect(d.counts.approvedMerchants).toBe(
      await db.merchant.count({
        where: { parkId: ids.xiyong, verificationStatus: "APPROVED", accountState: "ACTIVE" },
      }),
    );
  });

  it("exports the operator's own park only; a merchant or a visitor gets nothing", async () => {
    const request = new Request("http://localhost/admin/dashboard/export/parks?year=2024");
    const params = { params: Promise.resolve({ table: "parks" }) };
    sessionStub.userId = ids["operator@example.com"];
    const res = await exportTable(request, params);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Xiyong Micro-electronics Industrial Park");
    sessionStub.userId = ids["merchant@example.com"];
    expect((await exportTable(request, params)).status).toBe(403);
    sessionStub.userId = null;
    expect((await exportTable(request, params)).status).toBe(401);
    sessionStub.userId = ids["staff@example.com"];
    expect((await exportTable(request, { params: Promise.resolve({ table: "secrets" }) })).status).toBe(404);
  });

  it("gives a merchant its own figures and declarations only", async () => {
    const figures = await getMerchantFigures(ids.merchant, 2025);
    expect(figures.total.value).toBe(await declared({ merchantId: ids.merchant, month: year(2025) }));
    expect(figures.total.value).toBeLessThan(await declared({ month: year(2025), merchant: { parkId: ids.xiyong } }));
    const list = await listDeclarations(ids.merchant, { page: 1 });
    expect(list.total).toBe(await db.declaration.count({ where: { merchantId: ids.merchant } }));
    expect(list.items.every((d) => d.merchantId === ids.merchant)).toBe(true);
    const someoneElse = await db.declaration.findFirstOrThrow({ where: { merchantId: { not: ids.merchant } } });
    expect(await findOwnDeclaration(ids.merchant, someoneElse.id)).toBeNull();
  });
});

describe("the merchant ranking", () => {
  type Where = NonNullable<Parameters<typeof db.declaration.count>[0]>["where"];
  type Scope = { parkIds: string[] | null; customsMode: string | null; officialZoneIds: null };
  /** The same figures as a groupBy over the raw declaration rows, ties in merchant id order. */
  async function fromRawRows(
    scope: Scope,
    from: string,
    to: string,
    options: { take?: number; merchantIds?: string[] } = {},
  ) {
    const where: Where = {
      month: { gte: from, lte: to },
      ...(scope.customsMode ? { customsMode: scope.customsMode } : {}),
      ...(scope.parkIds ? { merchant: { parkId: { in: scope.parkIds } } } : {}),
      ...(options.merchantIds ? { merchantId: { in: options.merchantIds } } : {}),
    };
    const rows = await db.declaration.groupBy({
      by: ["merchantId"],
      where,
      _sum: { valueFen: true },
      _count: { _all: true },
      orderBy: [{ _sum: { valueFen: "desc" } }, { merchantId: "asc" }],
      ...(options.take ? { take: options.take } : {}),
    });
    return rows.map((r) => ({ merchantId: r.merchantId, count: r._count._all, valueFen: r._sum.valueFen ?? 0n }));
  }

  async function scopes(): Promise<[string, Scope][]> {
    const dazuParks = (await db.park.findMany({ where: { zoneId: ids.dazuZone }, select: { id: true } })).map(
      (p) => p.id,
    );
    return [
      ["city", { parkIds: null, customsMode: null, officialZoneIds: null }],
      ["zone", { parkIds: dazuParks, customsMode: null, officialZoneIds: null }],
      ["park", { parkIds: [ids.xiyong], customsMode: null, officialZoneIds: null }],
      ["mode", { parkIds: null, customsMode: "1039", officialZoneIds: null }],
      ["park and mode", { parkIds: [ids.xiyong], customsMode: "9610", officialZoneIds: null }],
      ["no park", { parkIds: [], customsMode: null, officialZoneIds: null }],
    ];
  }
  const PERIODS = [
    ["2026-01", "2026-11"],
    ["2025-01", "2025-11"],
    ["2023-01", "2026-11"],
    ["2024-07", "2024-07"],
    ["2030-01", "2030-12"],
  ] as const;

  async function expectSameAsRawRows() {
    for (const [name, scope] of await scopes()) {
      for (const [from, to] of PERIODS) {
        const label = `${name} ${from}..${to}`;
        const top = await merchantTotals(db, scope, from, to, { take: 10 });
        expect(top, label).toEqual(await fromRawRows(scope, from, to, { take: 10 }));
        expect(await merchantTotals(db, scope, from, to), label).toEqual(await fromRawRows(scope, from, to));
        // Last year's figures of this year's ten, as the ranking asks for them.
        const merchantIds = top.map((t) => t.merchantId);
        expect(await merchantTotals(db, scope, "2024-01", "2024-11", { merchantIds }), label).toEqual(
          await fromRawRows(scope, "2024-01", "2024-11", { merchantIds }),
        );
      }
    }
  }

  it("equals a groupBy over the raw declarations, in every scope and period", async () => {
    const city = await merchantTotals(
      db,
      { parkIds: null, customsMode: null, officialZoneIds: null },
      "2026-01",
      "2026-11",
      { take: 10 },
    );
    expect(city).toHaveLength(10);
    expect(city[0].valueFen).toBeGreaterThan(city[9].valueFen);
    await expectSameAsRawRows();
  });

  it("stays equal to the raw declarations after declarations and rates change", async () => {
    const merchant = await db.merchant.findUniqueOrThrow({
      where: { id: ids.merchant },
      select: { id: true, parkId: true },
    });
    const actor = { userId: ids["merchant@example.com"], merchantId: merchant.id };
    const values = {
      declaredOn: "2026-03-12",
      customsMode: "9610",
      direction: "EXPORT",
      country: "US",
      currency: "USD",
      amount: "90000000.00",
      platform: "amazon",
      hsChapter: "",
      reference: "RANK-1",
    };
    const march = () =>
      merchantTotals(
        db,
        { parkIds: [merchant.parkId], customsMode: "9610", officialZoneIds: null },
        "2026-03",
        "2026-03",
        { merchantIds: [merchant.id] },
      );
    const [before] = await march();
    const created = await createDeclaration(db, actor, declarationSchema("2026-11-28").parse(values));
    if (!created.ok) throw new Error(`not created: ${JSON.stringify(created)}`);
    expect(await march()).toEqual([
      {
        merchantId: merchant.id,
        count: (before?.count ?? 0) + 1,
        valueFen: (before?.valueFen ?? 0n) + created.valueFen,
      },
    ]);
    const rate = await setExchangeRate(db, ids["staff@example.com"], {
      month: "2026-03",
      currency: "USD",
      rate: 6_900_000n,
    });
    expect(rate.recomputed).toBeGreaterThan(1);
    await expectSameAsRawRows();
    expect(await deleteDeclaration(db, actor, created.id)).toEqual({ ok: true });
    await expectSameAsRawRows();
  });

  it("is what the dashboard shows", async () => {
    const d = await getDashboard(staff, { year: "2025" }, NOW);
    const raw = await fromRawRows({ parkIds: null, customsMode: null, officialZoneIds: null }, "2025-01", "2025-12", {
      take: 10,
    });
    expect(d.merchants.map((m) => [m.key, m.current, m.count])).toEqual(
      raw.map((r) => [r.merchantId, r.valueFen, r.count]),
    );
  });
});
