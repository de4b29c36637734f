import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { countryOptions } from "@/lib/reference/countries";
import { CUSTOMS_MODES, DIRECTIONS, type DeclarationFilters as Filters } from "@/lib/validation/declaration";

/** The list's filters, in the URL (a GET form). */
export async function DeclarationFilters({ filters, years, locale }: { filters: Filters; years: number[]; locale: Locale }) {
  const t = await getTranslations();
  const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action="/merchant/declarations" aria-label={t("declarations.list.filters")} className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="d-year" className="text-sm font-medium">{t("declarations.figures.year")}</label>
          <select id="d-year" name="year" defaultValue={filters.year ? String(filters.year) : ""} className={input}>
            <option value="">{t("declarations.list.allYears")}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="d-mode" className="text-sm font-medium">{t("declarations.columns.mode")}</label>
          <select id="d-mode" name="mode" defaultValue={filters.mode ?? ""} className={input}>
            <option value="">{t("declarations.list.allModes")}</option>
            {CUSTOMS_MODES.map((m) => <option key={m} value={m}>{t(`customsModes.${m}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="d-direction" className="text-sm font-medium">{t("declarations.columns.direction")}</label>
          <select id="d-direction" name="direction" defaultValue={filters.direction ?? ""} className={input}>
            <option value="">{t("declarations.list.allDirections")}</option>
            {DIRECTIONS.map((d) => <option key={d} value={d}>{t(`directions.${d}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="d-country" className="text-sm font-medium">{t("declarations.columns.country")}</label>
          <select id="d-country" name="country" defaultValue={filters.country ?? ""} className={input}>
            <option value="">{t("declarations.list.allCountries")}</option>
            {countryOptions(locale).filter((c) => c.code !== "CN").map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">{t("declarations.list.apply")}</button>
          <Link href="/merchant/declarations" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{t("declarations.list.reset")}</Link>
        </div>
      </div>
    </form>
  );
}
