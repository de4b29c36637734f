import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

vi.mock("@/lib/server/auth/current-user", async () => (await import("@/lib/testing/next-stubs")).currentUserModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/next-stubs")).nextIntlServerModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/next-stubs")).nextCacheModule);

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { seedDeclarations } = await import("@/lib/seed/declarations");
const { getDashboard } = await import("./get-dashboard");
const { getMerchantFigures } = await import("@/lib/server/declarations/get-merchant-figures");
const { findOwnDeclaration, listDeclarations } = await import("@/lib/server/declarations/list-declarations");
const { GET: exportTable } = await import("@/app/admin/dashboard/export/[table]/route");

const NOW = new Date("2026-11-28T08:00:00Z");
const BILLION = 100_000_000_000n; // 1 billion CNY in fen
const staff = { role: "STAFF" as const, parkId: null };
let operator: { role: "PARK_OPERATOR"; parkId: string | null };
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedDeclarations(db);
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

const declared = async (where: object) => (await db.declaration.aggregate({ where, _sum: { valueFen: true } }))._sum.valueFen ?? 0n;
const official = async (where: object) => (await db.officialStat.aggregate({ where, _sum: { valueFen: true } }))._sum.valueFen ?? 0n;
const year = (y: number) => ({ gte: `${y}-01`, lte: `${y}-12` });

describe("the staff dashboard", () => {
  it("shows 2023 at about 20 billion CNY from the official statistics, against the 70 billion goal", async () => {
    const d = await getDashboard(staff, { year: "2023" }, NOW);
    expect(d.filters.year).toBe(2023);
    expect(d.headline.current.value).toBe(await official({ month: year(2023) }));
    expect(d.headline.current.value).toBeGreaterThan(196n * BILLION / 10n);
    expect(d.headline.current.value).toBeLessThan(204n * BILLION / 10n);
    expect(d.headline.current.source).toBe("official");
    expect(d.headline.goal?.targetValue).toBe(700n * BILLION / 10n);
    expect(d.headline.gapToTarget).toBe(d.headline.goal!.targetValue - d.headline.current.value);
    expect(d.headline.yoy).toBeNull();
    expect(d.chart.months[0]).toBe("2023-01");
    expect(d.chart.months.at(-1)).toBe("2026-11");
  });

  it("is off track in 2024 and missed the goal by the end of 2025", async () => {
    const y2024 = await getDashboard(staff, { year: "2024" }, NOW);
    expect(y2024.headline.pace?.verdict).toBe("off_track");
    expect(y2024.headline.yoy).toBeGreaterThan(0.1);
    expect(y2024.headline.pace?.requiredPerMonth).toBe((700n * BILLION / 10n + 11n) / 12n);
    const y2025 = await getDashboard(staff, { year: "2025" }, NOW);
    expect(y2025.headline.pace).toMatchObject({ verdict: "missed", monthsLeft: 0, soFar: await official({ month: year(2025) }) });
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
    expect(procurement.headline.goal).toBeNull();
  });

  it("uses an official figure where one exists for the zone and month, and declarations elsewhere", async () => {
    const before = await getDashboard(staff, {}, NOW);
    const october = before.chart.months.indexOf("2026-10");
    expect(before.chart.sources[october]).toBe("declared");
    const zoneDeclared = await declared({ month: "2026-10", merchant: { park: { zoneId: ids.dazuZone } } });
    await db.officialStat.create({ data: { zoneId: ids.dazuZone, month: "2026-10", valueFen: zoneDeclared + 123_456n } });
    const after = await getDashboard(staff, {}, NOW);
    expect(after.chart.sources[october]).toBe("mixed");
    expect(after.headline.current.value - before.headline.current.value).toBe(123_456n);
    await db.officialStat.delete({ where: { zoneId_month: { zoneId: ids.dazuZone, month: "2026-10" } } });
  });
});

describe("scoping", () => {
  it("gives a park operator its own park only, whatever the URL asks for", async () => {
    const d = await getDashboard(operator, { year: "2024", zone: ids.dazuZone }, NOW);
    expect(d.scope.kind).toBe("park");
    expect(d.scope.parks.map((p) => p.id)).toEqual([ids.xiyong]);
    expect(d.headline.current.value).toBe(await declared({ month: year(2024), merchant: { parkId: ids.xiyong } }));
    expect(d.headline.goal).toBeNull();
    expect(d.parks.map((p) => p.key)).toEqual([ids.xiyong]);
    const merchantParks = await db.merchant.findMany({ where: { id: { in: d.merchants.map((m) => m.key) } }, select: { parkId: true } });
    expect(new Set(merchantParks.map((m) => m.parkId))).toEqual(new Set([ids.xiyong]));
    expect(d.counts.approvedMerchants).toBe(await db.merchant.count({ where: { parkId: ids.xiyong, verificationStatus: "APPROVED", accountState: "ACTIVE" } }));
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
