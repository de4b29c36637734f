import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { minorToDecimal } from "@/lib/validation/decimal";
import { OTHER_KEY, type BreakdownRow } from "./breakdowns";
import type { Dashboard } from "./get-dashboard";
import { rowLabels } from "./labels";

export const EXPORT_TABLES = [
  "goals",
  "monthly",
  "zones",
  "parks",
  "modes",
  "directions",
  "markets",
  "merchants",
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** A translator from the root of the catalog, as getTranslations() gives it. */
type T = (key: string) => string;

const yuan = (fen: bigint) => minorToDecimal(fen);
const percent = (ratio: number | null) => (ratio === null ? "" : (ratio * 100).toFixed(1));
/** A goal's percentage as computed once (46.9 → "46.9"), as on the page. */
const goalPercent = (value: number | null) => (value === null ? "" : value.toFixed(1));

/** One of the dashboard's tables as CSV rows, with exact amounts in yuan; rows named as on the page. */
export function exportTable(
  dashboard: Dashboard,
  table: ExportTable,
  translate: T,
  locale: Locale,
): { header: string[]; rows: unknown[][] } {
  const t = (column: string) => translate(`dashboard.csv.${column}`);
  const label = rowLabels(dashboard.scope, translate, locale);
  // Without any figures a year before, the comparison columns stay empty rather than 0.
  const { hasPrevious } = dashboard.comparison;
  const figures = (r: BreakdownRow) => [
    yuan(r.current),
    hasPrevious ? yuan(r.previous) : "",
    hasPrevious ? percent(r.yoy) : "",
    percent(r.share),
    r.count,
  ];
  const figureHeader = [t("current"), t("previous"), t("yoy"), t("share"), t("count")];
  switch (table) {
    case "goals": {
      const g = (column: string) => t(`goals.${column}`);
      return {
        header: [
          g("goal"),
          g("periodStart"),
          g("periodEnd"),
          g("status"),
          g("target"),
          g("current"),
          g("percent"),
          g("requiredPerMonth"),
        ],
        rows: dashboard.goals.map((goal) => [
          label.name({ nameZh: goal.labelZh, nameEn: goal.labelEn }),
          goal.periodStart,
          goal.periodEnd,
          translate(`dashboard.pace.verdict.${goal.status.verdict}`),
          yuan(goal.targetValue),
          goal.status.phase === "upcoming" ? "" : yuan(goal.status.soFar),
          goalPercent(goal.status.percent),
          goal.status.phase === "ended" || goal.status.requiredPerMonth === null
            ? ""
            : yuan(goal.status.requiredPerMonth),
        ]),
      };
    }
    case "monthly": {
      const { chart } = dashboard;
      return {
        header: [t("month"), t("value"), t("cumulative"), t("goalCumulative"), t("source")],
        rows: chart.months.map((m, i) => [
          m,
          yuan(chart.actual[i]),
          yuan(chart.actualCumulative[i]),
          chart.goalCumulative?.[i] != null ? yuan(chart.goalCumulative[i]!) : "",
          label.source(chart.sources[i]),
        ]),
      };
    }
    case "zones":
      return {
        header: [t("name"), ...figureHeader, t("source")],
        rows: dashboard.zones.map((r) => [label.zone(r.key), ...figures(r), label.source(r.source)]),
      };
    case "parks":
      return {
        header: [t("rank"), t("park"), t("zone"), ...figureHeader],
        rows: dashboard.parks.map((r, i) => [i + 1, label.park(r.key), label.zoneOfPark(r.key), ...figures(r)]),
      };
    case "modes":
      return {
        header: [t("code"), t("name"), ...figureHeader],
        rows: dashboard.modes.map((r) => [r.key, label.mode(r.key), ...figures(r)]),
      };
    case "directions":
      return {
        header: [t("code"), t("name"), ...figureHeader],
        rows: dashboard.directions.map((r) => [r.key, label.direction(r.key), ...figures(r)]),
      };
    case "markets":
      return {
        header: [t("code"), t("name"), ...figureHeader],
        rows: dashboard.markets.map((r) => [r.key === OTHER_KEY ? "" : r.key, label.market(r.key), ...figures(r)]),
      };
    case "merchants":
      return {
        header: [t("rank"), t("name"), t("park"), ...figureHeader],
        rows: dashboard.merchants.map((r, i) => [
          i + 1,
          label.name(r.merchant),
          label.name(r.merchant.park),
          ...figures(r),
        ]),
      };
  }
}
