import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { DECLARATION_EXPORT_FIELDS, exportDeclarations } from "@/lib/server/declarations/export-declarations";
import { refuseExport } from "@/lib/server/exports/list-export";
import { declarationSheetColumns } from "@/lib/server/exports/sheet-columns";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import { DECLARATION_COLUMNS } from "@/lib/server/declarations/import-declarations";
import { getUiLocale } from "@/lib/i18n/server";
import { firstValues } from "@/lib/forms/search-params";
import { DeclarationFilters } from "@/lib/validation/declaration";
import {
  declarationOrderBy,
  DECLARATION_LIST,
  merchantDeclarationWhere,
} from "@/lib/server/declarations/list-declarations";
import { parseListQuery } from "@/lib/paging";

/**
 * The merchant's declarations as filtered and sorted on the list, as CSV (BOM, formula-safe) or an .xlsx
 * workbook (`?format=xlsx`: dates as date cells, amounts as numbers with their currency's decimals), with
 * the import's columns and the value in CNY. Scoped to the caller's merchant in the query; refused over the
 * row cap or past the user's exports in the window, as every list export is (refuseExport).
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = DeclarationFilters.parse(params);
  // Built inside the count, so that a search SQLite cannot name the rows of is refused with the others.
  const refused = await refuseExport(db, "declarations", who.actor.userId, async () =>
    db.declaration.count({ where: await merchantDeclarationWhere(who.actor.merchantId, filters) }),
  );
  if (refused) return refused;
  const orderBy = declarationOrderBy(parseListQuery(DECLARATION_LIST, params));
  const result = await exportDeclarations(db, who.actor.merchantId, filters, orderBy);
  // Rows declared since the count above can push it over the cap: refused the same way, never cut short.
  if (!result.ok) return (await refuseExport(db, "declarations", who.actor.userId, async () => result.count))!;
  const [t, locale] = await Promise.all([getTranslations(), getUiLocale()]);
  const columns = declarationSheetColumns([...DECLARATION_EXPORT_FIELDS, "valueCny"], (f) =>
    f === "valueCny"
      ? t("declarationExport.valueCny")
      : locale === "zh-CN"
        ? DECLARATION_COLUMNS[f].at(-1)!
        : DECLARATION_COLUMNS[f][0],
  );
  const lines = result.rows.map((r) => [
    ...DECLARATION_EXPORT_FIELDS.map((f) => (f === "direction" ? t(`directions.${r.direction as "EXPORT"}`) : r[f])),
    r.valueCny,
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  return tableResponse(tableFormatOf(request), {
    columns,
    rows: lines,
    baseName: `${t("declarationExport.fileName")}-${stamp}`,
    locale,
  });
}
