import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { countryName } from "@/lib/reference/countries";
import { currencyMinorDigits } from "@/lib/reference/currencies";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { totalStock, type SkuDetail } from "@/lib/server/skus/list-skus";

const SHOWN_MARKETS = 4;

/** A page of SKUs; each row can be ticked for the bulk form. */
export async function SkuTable({
  items,
  locale,
  selectAll,
  formId,
}: {
  items: SkuDetail[];
  locale: Locale;
  selectAll: React.ReactNode;
  formId: string;
}) {
  const t = await getTranslations("skus");
  return (
    <DataTable
      caption={t("table.caption")}
      captionClassName="sr-only"
      columns={[
        { key: "select", label: selectAll, className: "w-8 text-center" },
        { key: "code", label: t("table.code") },
        { key: "name", label: t("table.name") },
        { key: "hsCode", label: t("table.hsCode") },
        { key: "price", label: t("table.price"), className: "text-right" },
        { key: "stock", label: t("table.stock"), className: "text-right" },
        { key: "markets", label: t("table.markets") },
        { key: "status", label: t("table.status") },
      ]}
    >
      {items.map((sku) => {
        const name = (locale === "zh-CN" ? sku.nameZh || sku.nameEn : sku.nameEn || sku.nameZh) || "—";
        const markets = sku.markets.map((m) => m.country);
        return (
          <tr key={sku.id} className="hover:bg-slate-50">
            <td className="px-3 py-2">
              <input
                type="checkbox"
                name="ids"
                value={sku.id}
                form={formId}
                aria-label={t("table.select", { code: sku.code })}
              />
            </td>
            <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-medium whitespace-nowrap">
              <Link href={`/merchant/skus/${sku.id}`} className="text-brand-700 underline">
                {sku.code}
              </Link>
            </th>
            <td className="px-3 py-2">{name}</td>
            <td className="px-3 py-2 font-mono text-xs">{sku.hsCode}</td>
            <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
              {formatMoney(sku.unitPriceMinor, sku.currency, locale, currencyMinorDigits(sku.currency))}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{formatNumber(totalStock(sku), locale)}</td>
            <td className="px-3 py-2">
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
            <td className="px-3 py-2">
              <Badge tone={sku.status === "ACTIVE" ? "good" : "neutral"}>{t(`status.${sku.status}`)}</Badge>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
