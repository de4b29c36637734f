import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { countryName } from "@/lib/reference/countries";
import { currencyMinorDigits } from "@/lib/reference/currencies";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { SortLink } from "@/lib/paging";
import { totalStock, type SkuDetail, type SkuSortKey } from "@/lib/server/skus/list-skus";

const SHOWN_MARKETS = 4;

// Below the sm breakpoint the table is laid out as cards, one per SKU, from the same markup (so each
// row's checkbox exists once): the header row becomes a line of sort buttons and the select-all box,
// each row a bordered card whose cells carry their column's name (data-label) in front of the value.
const CARDS = [
  "max-sm:overflow-visible max-sm:border-0 max-sm:[background:none]",
  "max-sm:[&_table]:block max-sm:[&_tbody]:block max-sm:[&_tbody]:divide-y-0 max-sm:[&_thead]:block",
  "max-sm:[&_thead_tr]:flex max-sm:[&_thead_tr]:flex-wrap max-sm:[&_thead_tr]:items-center max-sm:[&_thead_tr]:gap-1.5",
  "max-sm:[&_thead_tr]:pb-3 max-sm:[&_thead]:bg-transparent",
  "max-sm:[&_thead_th]:static! max-sm:[&_thead_th]:rounded max-sm:[&_thead_th]:border max-sm:[&_thead_th]:border-slate-200",
  "max-sm:[&_thead_th]:bg-white! max-sm:[&_thead_th]:px-2 max-sm:[&_thead_th]:py-1 max-sm:[&_thead_th]:shadow-none!",
].join(" ");
const CARD_ROW =
  "max-sm:mb-3 max-sm:grid max-sm:grid-cols-[auto_minmax(0,1fr)] max-sm:gap-x-3 max-sm:gap-y-1 max-sm:rounded-lg max-sm:border max-sm:border-slate-200 max-sm:bg-white max-sm:p-3";
const CARD_CELL =
  "max-sm:col-start-2 max-sm:block max-sm:p-0 max-sm:text-left max-sm:before:mr-1 max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]";
const cell = `px-3 py-2 ${CARD_CELL}`;

/** A page of SKUs; each row can be ticked for the bulk bar, and the headers sort the list. */
export async function SkuTable({
  items,
  locale,
  selectAll,
  formId,
  sort,
}: {
  items: SkuDetail[];
  locale: Locale;
  selectAll: React.ReactNode;
  formId: string;
  sort: (key: SkuSortKey) => SortLink;
}) {
  const t = await getTranslations("skus");
  const label = (key: string) => `${t(`table.${key}` as "table.code")}${locale === "zh-CN" ? "：" : ": "}`;
  return (
    <DataTable
      caption={t("table.caption")}
      captionClassName="sr-only"
      className={CARDS}
      columns={[
        { key: "select", label: selectAll, className: "w-8 text-center" },
        { key: "code", label: t("table.code"), sort: sort("code") },
        { key: "name", label: t("table.name"), sort: sort("name") },
        { key: "hsCode", label: t("table.hsCode"), sort: sort("hsCode") },
        { key: "price", label: t("table.price"), className: "text-right", sort: sort("price") },
        { key: "stock", label: t("table.stock"), className: "text-right max-sm:hidden" },
        { key: "markets", label: t("table.markets"), className: "max-sm:hidden" },
        { key: "status", label: t("table.status"), sort: sort("status") },
      ]}
    >
      {items.map((sku) => {
        const name = (locale === "zh-CN" ? sku.nameZh || sku.nameEn : sku.nameEn || sku.nameZh) || "—";
        const markets = sku.markets.map((m) => m.country);
        return (
          <tr key={sku.id} className={`hover:bg-slate-50 ${CARD_ROW}`}>
            <td className="px-3 py-2 max-sm:row-span-7 max-sm:p-0 max-sm:pt-0.5 max-sm:shadow-none!">
              <input
                type="checkbox"
                name="ids"
                value={sku.id}
                form={formId}
                data-bulk-row=""
                aria-label={t("table.select", { code: sku.code })}
                className="max-sm:size-5"
              />
            </td>
            <th
              scope="row"
              className="px-3 py-2 text-left font-mono text-xs font-medium whitespace-nowrap max-sm:col-start-2 max-sm:block max-sm:p-0 max-sm:text-sm"
            >
              <Link href={`/merchant/skus/${sku.id}`} className="text-brand-700 underline">
                {sku.code}
              </Link>
            </th>
            <td className="min-w-40 px-3 py-2 max-sm:col-start-2 max-sm:block max-sm:min-w-0 max-sm:p-0 max-sm:font-medium">
              {name}
            </td>
            <td className={`${cell} font-mono text-xs`} data-label={label("hsCode")}>
              {sku.hsCode}
            </td>
            <td className={`${cell} text-right whitespace-nowrap tabular-nums`} data-label={label("price")}>
              {formatMoney(sku.unitPriceMinor, sku.currency, locale, currencyMinorDigits(sku.currency))}
            </td>
            <td className={`${cell} text-right tabular-nums`} data-label={label("stock")}>
              {formatNumber(totalStock(sku), locale)}
            </td>
            <td className={cell} data-label={label("markets")}>
              {markets.length ? (
                <span title={markets.map((c) => countryName(c, locale) ?? c).join("、")}>
                  {markets
                    .slice(0, SHOWN_MARKETS)
                    .map((c) => countryName(c, locale) ?? c)
                    .join(locale === "zh-CN" ? "、" : ", ")}
                  {markets.length > SHOWN_MARKETS ? t("table.more", { count: markets.length }) : ""}
                </span>
              ) : (
                <span className="text-slate-500">{t("table.noMarkets")}</span>
              )}
            </td>
            <td className="px-3 py-2 max-sm:col-start-2 max-sm:block max-sm:p-0">
              <Badge tone={sku.status === "ACTIVE" ? "good" : "neutral"}>{t(`status.${sku.status}`)}</Badge>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
