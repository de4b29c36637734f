import { getTranslations } from "next-intl/server";
import { Card, PageHeading, Stat } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";
import { WorldMap } from "@/components/maps/world-map";
import { Pager } from "@/components/ui/pager";
import { ExportLink, ListStateFields } from "@/components/ui/list-tools";
import { CatalogCounts } from "@/components/skus/catalog-counts";
import { requirePageUser } from "@/lib/server/auth/guards";
import { CATALOG_LIST, CatalogFilters, getCatalogOverview } from "@/lib/server/skus/catalog-overview";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { listLinks, parseListQuery } from "@/lib/paging";
import { getCompanyFormOptions } from "@/lib/server/merchants/form-options";
import { countryName, countryOptions } from "@/lib/reference/countries";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { firstValues, queryString } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("catalog");
  return { title: t("title") };
}

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/catalog");
  const raw = firstValues(await searchParams);
  const filters = CatalogFilters.parse(raw);
  const query = parseListQuery(CATALOG_LIST, raw);
  const [t, figures, ts, locale] = await Promise.all([
    getTranslations("catalog"),
    getTranslations("figures"),
    getTranslations("globalSearch.errors"),
    getUiLocale(),
  ]);
  // Each count as lib/server/counts defines it; with filters, the count of what the filters leave.
  const filtered = Boolean(filters.q || filters.park || filters.chapter || filters.market);
  const note = (count: "activeSkus" | "merchantsWithActiveSku" | "targetedMarkets") =>
    filtered ? `${figures(`counts.${count}.note`)} ${figures("counts.filtered")}` : figures(`counts.${count}.note`);
  const [data, options] = await Promise.all([
    getCatalogOverview(user, filters, query, locale),
    getCompanyFormOptions(locale),
  ]);
  const links = listLinks("/admin/catalog", filters, CATALOG_LIST, query);
  // A count's link narrows the filters and starts again at page 1.
  const href = (patch: Record<string, string | undefined>) => `/admin/catalog?${queryString({ ...filters, ...patch })}`;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <>
      <PageHeading title={t("title")} lead={user.role === "PARK_OPERATOR" ? t("leadOperator") : t("lead")} />
      <FilterForm label={t("filters.legend")} columns={5}>
        <FilterInput
          id="c-q"
          name="q"
          label={t("filters.q")}
          type="search"
          defaultValue={filters.q}
          maxLength={100}
          className="sm:col-span-2"
        />
        {user.role === "STAFF" ? (
          <FilterSelect
            id="c-park"
            name="park"
            label={t("filters.park")}
            options={options.parkOptions}
            defaultValue={filters.park}
            all={t("filters.all")}
          />
        ) : null}
        <FilterSelect
          id="c-chapter"
          name="chapter"
          label={t("filters.chapter")}
          options={options.chapterOptions}
          defaultValue={filters.chapter}
          all={t("filters.all")}
        />
        <FilterSelect
          id="c-market"
          name="market"
          label={t("filters.market")}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
          defaultValue={filters.market}
          all={t("filters.all")}
        />
        <ListStateFields spec={CATALOG_LIST} query={query} />
        <FilterActions apply={t("filters.apply")} reset={{ href: "/admin/catalog", label: t("filters.reset") }} />
      </FilterForm>

      <dl className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat label={figures("counts.activeSkus.label")} value={n(data.total)} hint={note("activeSkus")} />
        <Stat
          label={figures("counts.merchantsWithActiveSku.label")}
          value={n(data.merchantCount)}
          hint={note("merchantsWithActiveSku")}
        />
        <Stat
          label={figures("counts.targetedMarkets.label")}
          value={n(data.byMarket.length)}
          hint={note("targetedMarkets")}
        />
      </dl>

      <CatalogCounts data={data} href={href} />

      {data.byMarket.length ? (
        <Card title={t("mapTitle")} className="mb-6">
          <WorldMap
            values={Object.fromEntries(data.byMarket.map((m) => [m.country, m.skus]))}
            label={t("mapTitle")}
            nameOf={(c) => countryName(c, locale) ?? c}
            formatValue={(v) => t("skuValue", { count: v, formatted: n(v) })}
          />
        </Card>
      ) : null}

      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("resultsTitle")}</h2>
        <ExportLink href={links.exportHref("/admin/catalog/export")} total={data.total} cap={EXPORT_ROW_CAP} />
      </div>
      {data.items.length === 0 ? (
        <EmptyState>{data.tooBroad ? ts("tooBroad") : t("empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            { key: "code", label: t("columns.code"), sort: links.sort("code") },
            { key: "name", label: t("columns.name"), sort: links.sort("name") },
            { key: "merchant", label: t("columns.merchant"), sort: links.sort("merchant") },
            { key: "park", label: t("columns.park"), sort: links.sort("park") },
            { key: "hsCode", label: t("columns.hsCode"), sort: links.sort("hsCode") },
            { key: "stock", label: t("columns.stock"), className: "text-right" },
            { key: "markets", label: t("columns.markets"), className: "text-right", sort: links.sort("markets") },
          ]}
        >
          {data.items.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-medium whitespace-nowrap">
                {s.code}
              </th>
              <td className="px-3 py-2">{localized(s, "name", locale) || "—"}</td>
              <td className="px-3 py-2">{localized(s.merchant, "name", locale)}</td>
              <td className="px-3 py-2">{localized(s.merchant.park, "name", locale)}</td>
              <td className="px-3 py-2 font-mono text-xs">{s.hsCode}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {n(s.stocks.reduce((sum, x) => sum + x.quantity, 0))}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{n(s._count.markets)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager paging={data} links={links} />
    </>
  );
}
