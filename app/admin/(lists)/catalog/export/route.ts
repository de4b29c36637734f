import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { EXPORT_ROW_CAP, refuseExport } from "@/lib/server/exports/list-export";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import { CATALOG_LIST, CatalogFilters, countCatalog, exportCatalog } from "@/lib/server/skus/catalog-overview";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { firstValues } from "@/lib/forms/search-params";
import { parseListQuery } from "@/lib/paging";

/**
 * The catalog as filtered and sorted on the page, every row (at most
 * EXPORT_ROW_CAP, otherwise refused), as CSV with a BOM and no formulas or
 * as an .xlsx workbook (`?format=xlsx`, codes as text cells). An
 * operator gets its park's SKUs only, whatever park the URL names.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = CatalogFilters.parse(params);
  const query = parseListQuery(CATALOG_LIST, params);
  const refused = await refuseExport(db, "catalog", who.user.id, () => countCatalog(who.user, filters));
  if (refused) return refused;
  const [t, tl, locale] = await Promise.all([
    getTranslations("catalog.columns"),
    getTranslations("lists.csv"),
    getUiLocale(),
  ]);
  const rows = await exportCatalog(who.user, filters, query, locale, EXPORT_ROW_CAP);
  const columns = [
    { header: t("code"), kind: "code" },
    { header: tl("nameZh") },
    { header: tl("nameEn") },
    { header: t("merchant") },
    { header: tl("uscc"), kind: "code" },
    { header: t("park") },
    { header: t("hsCode"), kind: "code" },
    { header: t("stock"), kind: "integer" },
    { header: tl("markets") },
  ] as const;
  const lines = rows.map((s) => [
    s.code,
    s.nameZh,
    s.nameEn,
    localized(s.merchant, "name", locale),
    s.merchant.uscc,
    localized(s.merchant.park, "name", locale),
    s.hsCode,
    s.stocks.reduce((sum, x) => sum + x.quantity, 0),
    s.markets.map((m) => m.country).join(" "),
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  return tableResponse(tableFormatOf(request), {
    columns,
    rows: lines,
    baseName: `${tl("fileNames.catalog")}-${stamp}`,
    locale,
  });
}
