import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { rowLabels } from "@/lib/server/dashboard/labels";
import { CardHeading } from "./card-heading";
import { formatMonth } from "./format";
import { getFigureScales } from "./scales";
import { ChartTable, TrendChart, type ChartSeries } from "./trend-chart";

const ACTUAL = "#164a82";
const GOAL = "#b45309";
const BARS = "#6fa3d6";

/** The cumulative volume against the cumulative goal line, and the months themselves, 2023 to now. */
export async function VolumeCharts({
  dashboard,
  locale,
  csvHref,
}: {
  dashboard: Dashboard;
  locale: Locale;
  csvHref: string;
}) {
  const [t, root, scales] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations(),
    getFigureScales(locale),
  ]);
  const label = rowLabels(dashboard.scope, root, locale);
  const { chart } = dashboard;
  // Goal lines are drawn only within their goals' periods (null elsewhere).
  const goal = chart.goalCumulative !== null;
  const n = (v: bigint | null) => (v === null ? null : Number(v));
  const monthlyGoal = chart.goalMonthly ? chart.goalMonthly.map(n) : null;
  const cumulativeTitle = goal ? t("chart.cumulativeTitle") : t("chart.cumulativeTitleNoGoal");
  const common = {
    categories: chart.months,
    categoryLabel: (m: string) => formatMonth(m, locale),
    tickLabel: (m: string) => (m.endsWith("-01") ? m.slice(0, 4) : null),
    axis: scales.cnyAxis,
    columnScale: scales.cny,
    tableLabel: t("chart.table"),
    categoryHeader: t("chart.month"),
    // Both charts' figures are in the one table below them: the months and sources once.
    table: false,
  };
  const cumulative: ChartSeries[] = [
    { label: t("chart.actual"), values: chart.actualCumulative.map(Number), kind: "line", colour: ACTUAL },
    ...(chart.goalCumulative
      ? [
          {
            label: t("chart.goalLine"),
            values: chart.goalCumulative.map(n),
            kind: "line" as const,
            colour: GOAL,
            dashed: true,
          },
        ]
      : []),
  ];
  const monthly: ChartSeries[] = [
    { label: t("chart.monthly"), values: chart.actual.map(Number), kind: "bar", colour: BARS },
    ...(monthlyGoal
      ? [
          {
            label: t("chart.monthlyGoal"),
            values: monthlyGoal,
            kind: "line" as const,
            colour: GOAL,
            dashed: true,
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="charts-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <CardHeading id="charts-title" title={cumulativeTitle} csv={{ href: csvHref, table: t("tables.monthly") }} />
      <TrendChart
        id="chart-cumulative"
        title={cumulativeTitle}
        description={t("chart.cumulativeDesc", { goal: goal ? t("chart.withGoal") : "" })}
        series={cumulative}
        {...common}
      />
      <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-900">{t("chart.monthlyTitle")}</h3>
      <TrendChart
        id="chart-monthly"
        title={t("chart.monthlyTitle")}
        description={t("chart.monthlyDesc", { goal: goal ? t("chart.withMonthlyGoal") : "" })}
        series={monthly}
        {...common}
      />
      <ChartTable
        caption={t("tables.monthly")}
        tableLabel={common.tableLabel}
        categoryHeader={common.categoryHeader}
        categories={chart.months}
        categoryLabel={common.categoryLabel}
        series={[...monthly, ...cumulative]}
        columnScale={common.columnScale}
        extraColumns={[{ header: t("chart.source"), values: chart.sources.map(label.source) }]}
      />
    </section>
  );
}
