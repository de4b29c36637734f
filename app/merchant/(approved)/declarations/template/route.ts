import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { DECLARATION_COLUMNS } from "@/lib/server/declarations/import-declarations";
import { isLocale } from "@/lib/i18n/config";
import { getUiLocale } from "@/lib/i18n/server";
import { declarationSheetColumns } from "@/lib/server/exports/sheet-columns";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";

/**
 * An empty declarations file with headers in the asked language (`?lang=zh-CN|en`, else the reader's) and
 * one example row, as CSV or, with `?format=xlsx`, as a workbook typed as the export is.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const asked = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(asked) ? asked : await getUiLocale();
  const t = await getTranslations({ locale, namespace: "declarations" });
  const fields = Object.keys(DECLARATION_COLUMNS) as (keyof typeof DECLARATION_COLUMNS)[];
  const columns = declarationSheetColumns(fields, (f) =>
    f === "valueCny" ? f : locale === "zh-CN" ? DECLARATION_COLUMNS[f].at(-1)! : DECLARATION_COLUMNS[f][0],
  );
  const example = [
    "2025-03-18",
    "9610",
    t("csvExample.direction"),
    "US",
    "12500.00",
    "USD",
    "amazon",
    "85",
    "800120250000000001",
  ];
  return tableResponse(tableFormatOf(request), {
    columns,
    rows: [example],
    baseName: locale === "zh-CN" ? "declarations-template-zh" : "declarations-template",
    locale,
  });
}
