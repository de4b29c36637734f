import { getTranslations } from "next-intl/server";
import { FilterActions, FilterForm, FilterSelect } from "@/components/forms/filter-fields";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/server";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { CUSTOMS_MODES } from "@/lib/validation/declaration";

/** Year, zone and customs mode, kept in the URL (a GET form), so a view can be shared. */
export async function FiltersForm({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const t = await getTranslations();
  const { filters, scope } = dashboard;
  return (
    <FilterForm label={t("dashboard.filters.legend")} action="/admin" columns={4} className="no-print mb-6">
      <FilterSelect
        id="f-year"
        name="year"
        label={t("dashboard.filters.year")}
        options={dashboard.years.map((y) => ({ value: String(y), label: String(y) }))}
        defaultValue={String(filters.year)}
      />
      {scope.kind !== "park" ? (
        <FilterSelect
          id="f-zone"
          name="zone"
          label={t("dashboard.filters.zone")}
          options={scope.zones.map((z) => ({ value: z.id, label: localized(z, "name", locale) }))}
          defaultValue={filters.zone}
          all={t("dashboard.filters.allZones")}
        />
      ) : null}
      <FilterSelect
        id="f-mode"
        name="mode"
        label={t("dashboard.filters.mode")}
        options={CUSTOMS_MODES.map((m) => ({ value: m, label: t(`customsModes.${m}`) }))}
        defaultValue={filters.mode}
        all={t("dashboard.filters.allModes")}
      />
      <FilterActions
        apply={t("dashboard.filters.apply")}
        reset={{ href: "/admin", label: t("dashboard.filters.reset") }}
      />
    </FilterForm>
  );
}
