import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/server";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { CUSTOMS_MODES } from "@/lib/validation/declaration";

/** Year, zone and customs mode, kept in the URL (a GET form), so a view can be shared. */
export async function FiltersForm({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const t = await getTranslations();
  const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const { filters, scope } = dashboard;
  return (
    <form method="get" action="/admin" aria-label={t("dashboard.filters.legend")} className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="f-year" className="text-sm font-medium">{t("dashboard.filters.year")}</label>
          <select id="f-year" name="year" defaultValue={String(filters.year)} className={input}>
            {dashboard.years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        {scope.kind !== "park" ? (
          <div>
            <label htmlFor="f-zone" className="text-sm font-medium">{t("dashboard.filters.zone")}</label>
            <select id="f-zone" name="zone" defaultValue={filters.zone ?? ""} className={input}>
              <option value="">{t("dashboard.filters.allZones")}</option>
              {scope.zones.map((z) => (
                <option key={z.id} value={z.id}>{localized(z, "name", locale)}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="f-mode" className="text-sm font-medium">{t("dashboard.filters.mode")}</label>
          <select id="f-mode" name="mode" defaultValue={filters.mode ?? ""} className={input}>
            <option value="">{t("dashboard.filters.allModes")}</option>
            {CUSTOMS_MODES.map((m) => (
              <option key={m} value={m}>{t(`customsModes.${m}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {t("dashboard.filters.apply")}
          </button>
          <Link href="/admin" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
            {t("dashboard.filters.reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
