import { getTranslations } from "next-intl/server";
import { excelText } from "@/lib/csv/write";
import { isLocale } from "@/lib/i18n/config";
import { getUiLocale } from "@/lib/i18n/server";
import { db } from "@/lib/server/db";
import { loadSkuContext } from "@/lib/server/skus/context";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { skuSheetColumns } from "@/lib/server/exports/sheet-columns";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";

/**
 * The import template: the header row in the asked language (`?lang=zh-CN|en`) and one example row that
 * would import, as CSV or, with `?format=xlsx`, as a workbook typed as the export is.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const asked = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(asked) ? asked : await getUiLocale();
  const [t, ctx] = await Promise.all([
    getTranslations({ locale, namespace: "skuCsv" }),
    loadSkuContext(db, who.actor.merchantId),
  ]);
  const warehouses = [...ctx.warehouses.keys()];
  const platforms = [...ctx.platforms.keys()].slice(0, 2);
  const example = [
    excelText("XY-EXAMPLE-001"),
    t("example.nameZh"),
    t("example.nameEn"),
    excelText("8518300000"),
    "CN",
    "129.00",
    "CNY",
    "260",
    "US;DE;JP",
    platforms.join(";"),
    warehouses
      .slice(0, 2)
      .map((code, i) => `${code}:${i === 0 ? 120 : 30}`)
      .join(";"),
    "ACTIVE",
  ];
  return tableResponse(tableFormatOf(request), {
    columns: skuSheetColumns(locale),
    rows: [example],
    baseName: t("templateFile"),
    locale,
  });
}
