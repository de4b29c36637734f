import { getTranslations } from "next-intl/server";
import { getUiLocale } from "@/lib/i18n/server";
import { db } from "@/lib/server/db";
import { exactSkuWhere, SKU_DETAIL, SKU_LIST, skuOrderBy } from "@/lib/server/skus/list-skus";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { refuseExport } from "@/lib/server/exports/list-export";
import { skuCsvRow } from "@/lib/server/skus/sku-csv";
import { skuSheetColumns } from "@/lib/server/exports/sheet-columns";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import { SkuFilters } from "@/lib/validation/sku";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { parseListQuery } from "@/lib/paging";
import { firstValues } from "@/lib/forms/search-params";

const BATCH = 2_000;

/**
 * The list as filtered and sorted on the page (never just its page), as CSV with a BOM (Excel opens the
 * Chinese text correctly) or, with `?format=xlsx`, as a workbook whose code and HS-code cells are text;
 * the same columns the import reads. Refused over the row cap or past the user's
 * exports in the window, as every list export is (refuseExport).
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = SkuFilters.parse(params);
  const locale = await getUiLocale();
  const t = await getTranslations("skuCsv");
  // Built inside the count, so that a search SQLite cannot name the rows of is refused with the others.
  let where: Prisma.SkuWhereInput = {};
  const refused = await refuseExport(db, "skus", who.actor.userId, async () => {
    where = await exactSkuWhere(db, who.actor.merchantId, filters);
    return db.sku.count({ where });
  });
  if (refused) return refused;
  const orderBy = skuOrderBy(parseListQuery(SKU_LIST, params), locale);
  const lines: ReturnType<typeof skuCsvRow>[] = [];
  // In the list's order (the id breaks ties, so no row is skipped or repeated), a batch at a time.
  for (let skip = 0; ; skip += BATCH) {
    const rows = await db.sku.findMany({ where, orderBy, skip, take: BATCH, select: SKU_DETAIL });
    for (const sku of rows) lines.push(skuCsvRow(sku));
    if (rows.length < BATCH) break;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  return tableResponse(tableFormatOf(request), {
    columns: skuSheetColumns(locale),
    rows: lines,
    baseName: `${t("exportFile")}-${stamp}`,
    locale,
  });
}
