import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/fields";
import { bulkMarketsAction } from "./actions";
import { BulkMarketsForm, BULK_FORM_ID, SelectAllRows } from "@/components/skus/bulk-markets-form";
import { SkuFiltersForm } from "@/components/skus/sku-filters-form";
import { SkuTable } from "@/components/skus/sku-table";
import { Pager } from "@/components/ui/pager";
import { ListStateFields } from "@/components/ui/list-tools";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { getSkuFormOptions } from "@/lib/server/skus/form-options";
import { listSkus, SKU_LIST } from "@/lib/server/skus/list-skus";
import { getUiLocale } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { SkuFilters } from "@/lib/validation/sku";
import { listLinks, parseListQuery } from "@/lib/paging";
import { EmptyState } from "@/components/ui/data-table";
import { firstValues } from "@/lib/forms/search-params";
import { withTableFormat } from "@/lib/sheets/format";

export async function generateMetadata() {
  const t = await getTranslations("skus");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function SkuListPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireMerchantPage("/merchant/skus");
  const raw = firstValues(await searchParams);
  const params = SkuFilters.parse(raw);
  const query = parseListQuery(SKU_LIST, raw);
  const [t, tsh, ts, locale] = await Promise.all([
    getTranslations("skus"),
    getTranslations("sheets.export"),
    getTranslations("globalSearch.errors"),
    getUiLocale(),
  ]);
  const [list, options] = await Promise.all([
    listSkus(db, user.merchant.id, params, query, locale),
    getSkuFormOptions(user.merchant.id, locale),
  ]);
  const filters = {
    q: params.q,
    market: params.market,
    chapter: params.chapter,
    warehouse: params.warehouse,
    status: params.status === "ACTIVE" ? undefined : params.status,
  };
  const links = listLinks("/merchant/skus", filters, SKU_LIST, query);
  const exportHref = links.exportHref("/merchant/skus/export");
  const link =
    "rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <>
      <PageHeading
        title={t("title")}
        lead={t("lead")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link
              href="/merchant/skus/new"
              className="rounded bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t("actions.new")}
            </Link>
            <Link href="/merchant/skus/import" className={link}>
              {t("actions.import")}
            </Link>
            <a href={exportHref} className={link} download>
              {t("actions.export")}
            </a>
            <a href={withTableFormat(exportHref, "xlsx")} className={link} title={tsh("xlsxHint")} download>
              {tsh("xlsx")}
            </a>
          </div>
        }
      />
      {typeof raw.saved === "string" ? (
        <div className="mb-4">
          <FormAlert tone="success" message={t("saved", { code: raw.saved })} />
        </div>
      ) : null}
      {typeof raw.deleted === "string" ? (
        <div className="mb-4">
          <FormAlert tone="success" message={t("deleted", { code: raw.deleted })} />
        </div>
      ) : null}
      <SkuFiltersForm params={params} options={options}>
        <ListStateFields spec={SKU_LIST} query={query} />
      </SkuFiltersForm>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t("count", { count: list.total, formatted: formatNumber(list.total, locale) })}
      </p>
      {list.items.length === 0 ? (
        <EmptyState>
          {list.tooBroad
            ? ts("tooBroad")
            : params.q || params.market || params.chapter || params.warehouse || params.status !== "ACTIVE"
              ? t("emptyFiltered")
              : t("empty")}
        </EmptyState>
      ) : (
        // The bulk bar shows while a row of this wrapper is ticked (CSS :has, before script too).
        <div className="group/bulk">
          <SkuTable
            items={list.items}
            locale={locale}
            selectAll={<SelectAllRows label={t("table.selectAll")} />}
            formId={BULK_FORM_ID}
            sort={links.sort}
          />
          <Pager paging={list} links={links} />
          <BulkMarketsForm action={bulkMarketsAction} countries={options.countries} />
        </div>
      )}
    </>
  );
}
