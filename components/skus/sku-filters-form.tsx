import { getTranslations } from "next-intl/server";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";
import { hsChapterOptions } from "@/lib/reference/hs-chapters";
import { getUiLocale } from "@/lib/i18n/server";
import type { SkuFilters } from "@/lib/validation/sku";
import type { SkuFormOptions } from "@/lib/server/skus/form-options";

/**
 * The list's search and filters: a GET form, so every view has its own URL. The column headers sort;
 * `children` are the hidden fields that keep that order and the page size when filtering.
 */
export async function SkuFiltersForm({
  params,
  options,
  children,
}: {
  params: SkuFilters;
  options: SkuFormOptions;
  children?: React.ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("skus.filters"), getUiLocale()]);
  return (
    <FilterForm label={t("legend")} action="/merchant/skus" columns={4}>
      <FilterInput
        id="f-q"
        name="q"
        label={t("q")}
        type="search"
        defaultValue={params.q}
        maxLength={100}
        placeholder={t("qPlaceholder")}
        className="sm:col-span-2"
      />
      <FilterSelect
        id="f-market"
        name="market"
        label={t("market")}
        options={options.countries.map((c) => ({ value: c.code, label: c.name }))}
        defaultValue={params.market}
        all={t("all")}
      />
      <FilterSelect
        id="f-chapter"
        name="chapter"
        label={t("chapter")}
        options={hsChapterOptions(locale)}
        defaultValue={params.chapter}
        all={t("all")}
      />
      <FilterSelect
        id="f-warehouse"
        name="warehouse"
        label={t("warehouse")}
        options={options.warehouses.map((w) => ({ value: w.code, label: w.name }))}
        defaultValue={params.warehouse}
        all={t("all")}
      />
      <FilterSelect
        id="f-status"
        name="status"
        label={t("status")}
        options={(["ACTIVE", "ARCHIVED", "ALL"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        defaultValue={params.status}
      />
      {children}
      <FilterActions apply={t("apply")} reset={{ href: "/merchant/skus", label: t("reset") }} />
    </FilterForm>
  );
}
