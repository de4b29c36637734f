import { getTranslations } from "next-intl/server";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";
import type { Locale } from "@/lib/i18n/config";
import { countryOptions } from "@/lib/reference/countries";
import { CUSTOMS_MODES, DIRECTIONS, type DeclarationFilters as Filters } from "@/lib/validation/declaration";

/** The list's filters, in the URL (a GET form); `children` are hidden fields that keep the order and page size. */
export async function DeclarationFilters({
  filters,
  years,
  locale,
  children,
}: {
  filters: Filters;
  years: number[];
  locale: Locale;
  children?: React.ReactNode;
}) {
  const t = await getTranslations();
  return (
    <FilterForm label={t("declarations.list.filters")} action="/merchant/declarations" columns={5} className="mb-4">
      <FilterInput
        id="d-q"
        name="q"
        type="search"
        label={t("declarations.columns.reference")}
        defaultValue={filters.q}
        maxLength={100}
      />
      <FilterSelect
        id="d-year"
        name="year"
        label={t("declarations.figures.year")}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        defaultValue={filters.year ? String(filters.year) : undefined}
        all={t("declarations.list.allYears")}
      />
      <FilterSelect
        id="d-mode"
        name="mode"
        label={t("declarations.columns.mode")}
        options={CUSTOMS_MODES.map((m) => ({ value: m, label: t(`customsModes.${m}`) }))}
        defaultValue={filters.mode}
        all={t("declarations.list.allModes")}
      />
      <FilterSelect
        id="d-direction"
        name="direction"
        label={t("declarations.columns.direction")}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))}
        defaultValue={filters.direction}
        all={t("declarations.list.allDirections")}
      />
      <FilterSelect
        id="d-country"
        name="country"
        label={t("declarations.columns.country")}
        options={countryOptions(locale)
          .filter((c) => c.code !== "CN")
          .map((c) => ({ value: c.code, label: c.name }))}
        defaultValue={filters.country}
        all={t("declarations.list.allCountries")}
      />
      {children}
      <FilterActions
        apply={t("declarations.list.apply")}
        reset={{ href: "/merchant/declarations", label: t("declarations.list.reset") }}
      />
    </FilterForm>
  );
}
