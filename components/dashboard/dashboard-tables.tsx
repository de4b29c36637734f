import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { rowLabels } from "@/lib/server/dashboard/labels";
import { BreakdownTable } from "./breakdown-table";

/** The query string of the current filters, for the CSV links. */
export function filterQuery(filters: Dashboard["filters"]): string {
  const params = new URLSearchParams({ year: String(filters.year) });
  if (filters.zone) params.set("zone", filters.zone);
  if (filters.mode) params.set("mode", filters.mode);
  return params.toString();
}

/** Zones, parks, modes, directions, markets and merchants, each with year on year. */
export async function DashboardTables({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const t = await getTranslations();
  const { filters, scope } = dashboard;
  const year = filters.year;
  const csv = (table: string) => `/admin/dashboard/export/${table}?${filterQuery(filters)}`;
  const label = rowLabels(scope, t, locale);
  const common = { year, locale, hasPrevious: dashboard.comparison.hasPrevious };
  const declaredNote = t("dashboard.tables.declaredNote");
  return (
    // One column of minmax(0, 1fr) on phones: a wide table scrolls in its card instead of widening the page.
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      {scope.kind !== "park" ? (
        <div className="lg:col-span-2">
          <BreakdownTable
            id="table-zones"
            title={t("dashboard.tables.zones")}
            note={filters.mode ? declaredNote : t("dashboard.tables.zonesNote")}
            csvHref={csv("zones")}
            labelHeader={t("dashboard.tables.columns.zone")}
            noteHeader={t("dashboard.tables.columns.source")}
            rows={dashboard.zones.map((r) => ({
              ...r,
              label: label.zone(r.key),
              note: label.source(r.source),
            }))}
            {...common}
          />
        </div>
      ) : null}
      <div className="lg:col-span-2">
        <BreakdownTable
          id="table-parks"
          title={t("dashboard.tables.parks")}
          note={declaredNote}
          csvHref={csv("parks")}
          labelHeader={t("dashboard.tables.columns.park")}
          extraHeader={t("dashboard.tables.columns.zone")}
          ranked
          rows={dashboard.parks.map((r) => ({ ...r, label: label.park(r.key), extra: label.zoneOfPark(r.key) }))}
          {...common}
        />
      </div>
      <BreakdownTable
        id="table-modes"
        title={t("dashboard.tables.modes")}
        note={declaredNote}
        csvHref={csv("modes")}
        labelHeader={t("dashboard.tables.columns.mode")}
        rows={dashboard.modes.map((r) => ({ ...r, label: label.mode(r.key) }))}
        {...common}
      />
      <BreakdownTable
        id="table-directions"
        title={t("dashboard.tables.directions")}
        note={declaredNote}
        csvHref={csv("directions")}
        labelHeader={t("dashboard.tables.columns.direction")}
        rows={dashboard.directions.map((r) => ({ ...r, label: label.direction(r.key) }))}
        {...common}
      />
      <div className="lg:col-span-2">
        <BreakdownTable
          id="table-markets"
          title={t("dashboard.tables.markets")}
          note={declaredNote}
          csvHref={csv("markets")}
          labelHeader={t("dashboard.tables.columns.market")}
          rows={dashboard.markets.map((r) => ({ ...r, label: label.market(r.key) }))}
          {...common}
        />
      </div>
      <div className="lg:col-span-2">
        <BreakdownTable
          id="table-merchants"
          title={t("dashboard.tables.merchants")}
          note={t("dashboard.tables.merchantsNote")}
          csvHref={csv("merchants")}
          labelHeader={t("dashboard.tables.columns.merchant")}
          extraHeader={t("dashboard.tables.columns.park")}
          ranked
          rows={dashboard.merchants.map((r) => ({
            ...r,
            label: label.name(r.merchant),
            extra: label.name(r.merchant.park),
          }))}
          {...common}
        />
      </div>
    </div>
  );
}
