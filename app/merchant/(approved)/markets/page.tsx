import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading, Stat } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { WorldMap } from "@/components/maps/world-map";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { getMarketSummary } from "@/lib/server/skus/market-summary";
import { countryName } from "@/lib/reference/countries";
import { getUiLocale } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";

export async function generateMetadata() {
  const t = await getTranslations("markets");
  return { title: t("title") };
}

export default async function MarketsPage({ searchParams }: { searchParams: Promise<{ metric?: string }> }) {
  const user = await requireMerchantPage("/merchant/markets");
  const metric = (await searchParams).metric === "stock" ? "stock" : "skus";
  const [t, locale, summary] = await Promise.all([
    getTranslations("markets"),
    getUiLocale(),
    getMarketSummary(db, user.merchant.id),
  ]);
  const name = (code: string) => countryName(code, locale) ?? code;
  const values = Object.fromEntries(summary.markets.map((m) => [m.country, metric === "stock" ? m.stock : m.skus]));
  const tab = (key: "skus" | "stock") =>
    `rounded px-3 py-1.5 text-sm font-medium ${metric === key ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <dl className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Stat label={t("stats.markets")} value={formatNumber(summary.markets.length, locale)} />
        <Stat label={t("stats.activeSkus")} value={formatNumber(summary.activeSkus, locale)} />
        <Stat label={t("stats.withoutMarket")} value={formatNumber(summary.withoutMarket, locale)} />
      </dl>
      {summary.markets.length === 0 ? (
        <EmptyState>
          {t("empty")}{" "}
          <Link href="/merchant/skus" className="text-brand-700 underline">
            {t("toSkus")}
          </Link>
        </EmptyState>
      ) : (
        <>
          <Card className="mb-6">
            <nav className="mb-3 flex flex-wrap gap-2" aria-label={t("metric")}>
              <Link
                href="/merchant/markets"
                className={tab("skus")}
                aria-current={metric === "skus" ? "page" : undefined}
              >
                {t("bySkus")}
              </Link>
              <Link
                href="/merchant/markets?metric=stock"
                className={tab("stock")}
                aria-current={metric === "stock" ? "page" : undefined}
              >
                {t("byStock")}
              </Link>
            </nav>
            <WorldMap
              values={values}
              label={t(metric === "stock" ? "mapLabelStock" : "mapLabelSkus")}
              nameOf={name}
              formatValue={(v) =>
                t(metric === "stock" ? "stockValue" : "skuValue", { count: v, formatted: formatNumber(v, locale) })
              }
            />
          </Card>
          <DataTable
            caption={t("tableTitle")}
            captionClassName="px-4 py-3 text-left text-base font-semibold text-slate-900"
            padding="px-4 py-2"
            columns={[
              { key: "market", label: t("columns.market") },
              { key: "code", label: t("columns.code") },
              { key: "skus", label: t("columns.skus"), className: "text-right" },
              { key: "stock", label: t("columns.stock"), className: "text-right" },
            ]}
          >
            {summary.markets.map((m) => (
              <tr key={m.country}>
                <th scope="row" className="px-4 py-2 text-left font-medium">
                  <Link href={`/merchant/skus?market=${m.country}`} className="text-brand-700 underline">
                    {name(m.country)}
                  </Link>
                </th>
                <td className="px-4 py-2 font-mono text-xs">{m.country}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatNumber(m.skus, locale)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatNumber(m.stock, locale)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
