import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { seedDeclarations } = await import("@/lib/seed/declarations");
const { setRateAction } = await import("@/app/admin/(lists)/data/rates/actions");
const { importStatsAction, removeStatAction, setStatAction } =
  await import("@/app/admin/(lists)/data/statistics/actions");
const { saveGoalAction } = await import("@/app/admin/(lists)/data/goals/actions");
const { aggregateDeclarations, storedRollups } = await import("@/lib/server/declarations/rebuild-rollups");
const { toFen } = await import("@/lib/server/conversion/convert");

const ids: Record<string, string> = {};
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedDeclarations(db);
  for (const email of ["staff@example.com", "operator@example.com"])
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  ids.zone1 = (await db.zone.findUniqueOrThrow({ where: { code: "CQ-DZ-01" } })).id;
});
afterAll(() => db.$disconnect());

const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const csv = (text: string) => {
  const f = new FormData();
  f.set("file", new File([text], "stats.csv", { type: "text/csv" }));
  return f;
};
const audits = () => db.auditLog.count();

describe("monthly exchange rates", () => {
  it("converts that month's declarations in that currency again, with the rollups, when staff change a rate", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const sample = await db.declaration.findFirstOrThrow({ where: { month: "2024-05", currency: "USD" } });
    const state = await setRateAction({}, form({ month: "2024-05", currency: "usd", rate: "7.5" }));
    expect(state.ok).toBe(true);
    expect(state.message).toMatch(/^Saved the USD rate for 2024-05; \d+ declarations were converted again\.$/);
    expect(
      (await db.exchangeRate.findUniqueOrThrow({ where: { month_currency: { month: "2024-05", currency: "USD" } } }))
        .cnyPerUnitMicros,
    ).toBe(7_500_000n);
    expect((await db.declaration.findUniqueOrThrow({ where: { id: sample.id } })).valueFen).toBe(
      toFen(sample.valueMinor, "USD", 7_500_000n),
    );
    expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "rate.set", entityId: "2024-05:USD" } });
    expect(JSON.parse(audit.details)).toMatchObject({ previous: "7238500", rate: "7500000" });
  });

  it("refuses bad input field by field, and anyone but staff", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const before = await audits();
    const state = await setRateAction({}, form({ month: "2024-13", currency: "CNY", rate: "7.12345678" }));
    expect(state.fieldErrors).toEqual({
      month: "Enter the month as YYYY-MM.",
      currency: "CNY needs no rate; choose another currency.",
      rate: "Enter a rate above 0 with at most 6 decimals.",
    });
    sessionStub.userId = ids["operator@example.com"];
    expect(await setRateAction({}, form({ month: "2024-05", currency: "USD", rate: "1" }))).toMatchObject({
      ok: false,
      message: "Only commission staff can change these figures.",
    });
    expect(await audits()).toBe(before);
    expect(
      (await db.exchangeRate.findUniqueOrThrow({ where: { month_currency: { month: "2024-05", currency: "USD" } } }))
        .cnyPerUnitMicros,
    ).toBe(7_500_000n);
  });
});

describe("official statistics", () => {
  it("are entered in 10,000 CNY, corrected and removed, each with an audit entry", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const key = { zoneId_month: { zoneId: ids.zone1, month: "2026-10" } };
    expect(
      await setStatAction({}, form({ zoneId: ids.zone1, month: "2026-10", value: "150,000.5", source: "市商务委" })),
    ).toMatchObject({ ok: true });
    expect(await db.officialStat.findUniqueOrThrow({ where: key })).toMatchObject({
      valueFen: 150_000_50n * 10_000n,
      source: "市商务委",
      updatedById: ids["staff@example.com"],
    });
    expect((await setStatAction({}, form({ zoneId: "nope", month: "2026-10", value: "1" }))).fieldErrors).toEqual({
      zoneId: "Choose a demonstration zone.",
    });
    expect(await removeStatAction({}, form({ zoneId: ids.zone1, month: "2026-10" }))).toEqual({
      ok: true,
      message: "Removed; that month now uses the declarations.",
    });
    expect(await db.officialStat.findUnique({ where: key })).toBeNull();
    expect(
      await db.auditLog.count({
        where: { entityId: `${ids.zone1}:2026-10`, action: { in: ["official_stat.set", "official_stat.delete"] } },
      }),
    ).toBe(2);
  });

  it("import from CSV all or nothing", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const before = await db.officialStat.findMany({ orderBy: [{ zoneId: "asc" }, { month: "asc" }] });
    const bad = await importStatsAction(
      {},
      csv(
        "示范区代码,月份,进出口额（万元）\nCQ-DZ-01,2026-10,100\nCQ-DZ-99,2026-10,100\nCQ-DZ-02,2026-1x,5\nCQ-DZ-01,2026-10,7\n",
      ),
    );
    expect(bad.ok).toBe(false);
    expect(bad.data?.errors).toEqual([
      "Line 3: Choose a demonstration zone.",
      "Line 4: Enter the month as YYYY-MM.",
      "Line 5: This zone and month appear more than once in the file.",
    ]);
    expect(await db.officialStat.findMany({ orderBy: [{ zoneId: "asc" }, { month: "asc" }] })).toEqual(before);
    const good = await importStatsAction(
      {},
      csv("zone,month,value_10k_cny,source\ncq-dz-01,2026-10,100.25,import\nCQ-DZ-02,2026-10,80\n"),
    );
    expect(good).toEqual({ ok: true, message: "Imported 2 official figures." });
    expect(
      (await db.officialStat.findUniqueOrThrow({ where: { zoneId_month: { zoneId: ids.zone1, month: "2026-10" } } }))
        .valueFen,
    ).toBe(100_25n * 10_000n);
  });

  it("import from an Excel workbook (a figure with float noise read as Excel shows it), and refuse a locked one", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("统计");
    sheet.addRow(["示范区代码", "月份", "进出口额（万元）"]);
    sheet.addRow(["CQ-DZ-01", "2026-09", 0.1 + 0.2]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const file = (data: Uint8Array, name: string) => {
      const f = new FormData();
      f.set("file", new File([new Uint8Array(data)], name));
      return f;
    };
    expect(await importStatsAction({}, file(bytes, "stats.xlsx"))).toEqual({
      ok: true,
      message: "Imported 1 official figure.",
    });
    expect(
      (await db.officialStat.findUniqueOrThrow({ where: { zoneId_month: { zoneId: ids.zone1, month: "2026-09" } } }))
        .valueFen,
    ).toBe(30n * 10_000n);
    const locked = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const refused = await importStatsAction({}, file(locked, "stats.xlsx"));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/password-protected/) });
  });
});

describe("goals", () => {
  it("are edited by staff: a new target and period, with an audit entry", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const goal = await db.goal.findUniqueOrThrow({ where: { code: "CBEC_VOLUME_2025" } });
    const values = {
      goalId: goal.id,
      metric: "CBEC_VOLUME",
      labelZh: goal.labelZh,
      labelEn: goal.labelEn,
      zoneId: "",
      target: "800",
      baseline: "200",
      baselineYear: "2023",
      periodStart: "2027-1",
      periodEnd: "2027/12",
      reported: "",
    };
    await expect(saveGoalAction({}, form(values))).rejects.toMatchObject({
      digest: expect.stringContaining(`/admin/data/goals?saved=${goal.id}`),
    });
    expect(await db.goal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({
      targetValue: 800n * 10_000_000_000n,
      periodStart: "2027-01",
      periodEnd: "2027-12",
    });
    expect(await db.auditLog.count({ where: { action: "goal.update", entityId: goal.id } })).toBe(1);
  });

  it("refuse bad figures and a taken code, and anyone but staff", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const before = await audits();
    const bad = await saveGoalAction(
      {},
      form({
        code: "CBEC_VOLUME_2025",
        metric: "DEMONSTRATION_ZONES",
        labelZh: "x",
        labelEn: "x",
        target: "10.5",
        baselineYear: "1999",
        periodStart: "2025-13",
        periodEnd: "2025-12",
      }),
    );
    expect(bad.fieldErrors).toEqual({
      target: "Enter a valid figure in the goal's unit.",
      baselineYear: "Enter a year between 2000 and 2100.",
      periodStart: "Enter a month between 2000-01 and 2100-12 as YYYY-MM.",
    });
    const taken = await saveGoalAction(
      {},
      form({
        code: "CBEC_VOLUME_2025",
        metric: "CBEC_VOLUME",
        labelZh: "x",
        labelEn: "x",
        target: "1",
        baselineYear: "2023",
        periodStart: "2027-01",
        periodEnd: "2027-12",
      }),
    );
    expect(taken.fieldErrors).toEqual({ code: "This code is already in use." });
    const period = (periodStart: string, periodEnd: string) =>
      saveGoalAction(
        {},
        form({
          code: "NEW_GOAL",
          metric: "CBEC_VOLUME",
          labelZh: "x",
          labelEn: "x",
          target: "1",
          baselineYear: "2023",
          periodStart,
          periodEnd,
        }),
      );
    expect((await period("2026-12", "2026-01")).fieldErrors).toEqual({
      periodEnd: "The period cannot end before it starts.",
    });
    expect((await period("2026-01", "2036-01")).fieldErrors).toEqual({
      periodEnd: "A goal's period can be at most 10 years (120 months).",
    });
    expect((await period("1999-12", "2026-01")).fieldErrors).toEqual({
      periodStart: "Enter a month between 2000-01 and 2100-12 as YYYY-MM.",
    });
    sessionStub.userId = ids["operator@example.com"];
    expect(
      await saveGoalAction(
        {},
        form({
          code: "X",
          metric: "CBEC_VOLUME",
          labelZh: "x",
          labelEn: "x",
          target: "1",
          baselineYear: "2023",
          periodStart: "2027-01",
          periodEnd: "2027-12",
        }),
      ),
    ).toMatchObject({ ok: false, message: "Only commission staff can change these figures." });
    expect(await audits()).toBe(before);
  });
});
