import { getTranslations } from "next-intl/server";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { DECLARATION_EXPORT_FIELDS, exportDeclarations } from "@/lib/server/declarations/export-declarations";
import { refuseExport } from "@/lib/server/exports/list-export";
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
 * The merchant's declarations as filtered and sorted on the list, as CSV (BOM, formula-safe) with the
 * import's columns and the value in CNY. Scoped to the caller's merchant in the query; refused over the
 * row cap or past the user's exports in the window, as every list export is (refuseExport).
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = DeclarationFilters.parse(params);
  const where = merchantDeclarationWhere(who.actor.merchantId, filters);
  const refused = await refuseExport(db, "declarations", who.actor.userId, () => db.declaration.count({ where }));
  if (refused) return refused;
  const orderBy = declarationOrderBy(parseListQuery(DECLARATION_LIST, params));
  const result = await exportDeclarations(db, who.actor.merchantId, filters, orderBy);
  // Rows declared since the count above can push it over the cap: refused the same way, never cut short.
  if (!result.ok) return (await refuseExport(db, "declarations", who.actor.userId, async () => result.count))!;
  const [t, locale] = await Promise.all([getTranslations(), getUiLocale()]);
  const header = [
    ...DECLARATION_EXPORT_FIELDS.map((f) =>
      locale === "zh-CN" ? DECLARATION_COLUMNS[f].at(-1)! : DECLARATION_COLUMNS[f][0],
    ),
    t("declarationExport.valueCny"),
  ];
  const lines = result.rows.map((r) => [
    ...DECLARATION_EXPORT_FIELDS.map((f) => (f === "direction" ? t(`directions.${r.direction as "EXPORT"}`) : r[f])),
    r.valueCny,
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(toCsv(header, lines), `${t("declarationExport.fileName")}-${stamp}.csv`);
}
