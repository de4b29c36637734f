import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/server";
import { countryName } from "@/lib/reference/countries";
import { minorToDecimal } from "@/lib/validation/decimal";
import { OTHER_KEY, type BreakdownRow } from "./breakdowns";
import type { Dashboard } from "./get-dashboard";

export const EXPORT_TABLES = ["monthly", "zones", "parks", "modes", "directions", "markets", "merchants"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

type T = (key: string) => string;

const yuan = (fen: bigint) => minorToDecimal(fen);
const percent = (ratio: number | null) => (ratio === null ? "" : (ratio * 100).toFixed(1));

/** One of the dashboard's tables as CSV rows, with exact amounts in yuan. */
export function exportTable(
  dashboard: Dashboard,
  table: ExportTable,
  t: T,
  locale: Locale,
): { header: string[]; rows: unknown[][] } {
  const figures = (r: BreakdownRow) => [yuan(r.current), yuan(r.previous), percent(r.yoy), percent(r.share), r.count];
  const figureHeader = [t("current"), t("previous"), t("yoy"), t("share"), t("count")];
  const zoneName = new Map(dashboard.scope.zones.map((z) => [z.id, localized(z, "name", locale)]));
  const parks = new Map(dashboard.scope.parks.map((p) => [p.id, p]));
  switch (table) {
    case "monthly": {
      const { chart } = dashboard;
      return {
        header: [t("month"), t("value"), t("cumulative"), t("goalCumulative"), t("source")],
        rows: chart.months.map((m, i) => [
          m,
          yuan(chart.actual[i]),
          yuan(chart.actualCumulative[i]),
          chart.goalCumulative ? yuan(chart.goalCumulative[i]) : "",
          t(`sources.${chart.sources[i]}`),
        ]),
      };
    }
    case "zones":
      return {
        header: [t("name"), ...figureHeader, t("source")],
        rows: dashboard.zones.map((r) => [zoneName.get(r.key) ?? r.key, ...figures(r), t(`sources.${r.source}`)]),
      };
    case "parks":
      return {
        header: [t("rank"), t("park"), t("zone"), ...figureHeader],
        rows: dashboard.parks.map((r, i) => {
          const park = parks.get(r.key);
          return [
            i + 1,
            park ? localized(park, "name", locale) : r.key,
            park ? zoneName.get(park.zoneId) : "",
            ...figures(r),
          ];
        }),
      };
    case "modes":
      return {
        header: [t("code"), t("name"), ...figureHeader],
        rows: dashboard.modes.map((r) => [r.key, t(`modes.${r.key}`), ...figures(r)]),
      };
    case "directions":
      return {
        header: [t("code"), t("name"), ...figureHeader],
        rows: dashboard.directions.map((r) => [r.key, t(`directions.${r.key}`), ...figures(r)]),
      };
    case "markets":
      return {
        header: [t("code"), t("name"), ...figureHeader],
        rows: dashboard.markets.map((r) => [
          r.key === OTHER_KEY ? "" : r.key,
          r.key === OTHER_KEY ? t("other") : (countryName(r.key, locale) ?? r.key),
          ...figures(r),
        ]),
      };
    case "merchants":
      return {
        header: [t("rank"), t("name"), t("park"), ...figureHeader],
        rows: dashboard.merchants.map((r, i) => [
          i + 1,
          localized(r.merchant, "name", locale),
          localized(r.merchant.park, "name", locale),
          ...figures(r),
        ]),
      };
  }
}
