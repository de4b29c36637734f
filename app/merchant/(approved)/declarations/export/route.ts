import { getTranslations } from "next-intl/server";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import {
  allowDeclarationExport,
  DECLARATION_EXPORT_CAP,
  DECLARATION_EXPORT_FIELDS,
  exportDeclarations,
} from "@/lib/server/declarations/export-declarations";
import { DECLARATION_COLUMNS } from "@/lib/server/declarations/import-declarations";
import { getUiLocale } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { firstValues } from "@/lib/forms/search-params";
import { DeclarationFilters } from "@/lib/validation/declaration";
import { declarationOrderBy, DECLARATION_LIST } from "@/lib/server/declarations/list-declarations";
import { parseListQuery } from "@/lib/paging";

const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

/**
 * The merchant's declarations as filtered on the list, as CSV (BOM, formula-safe) with the import's
 * columns and the value in CNY. Scoped to the caller's merchant in the query; at most
 * DECLARATION_EXPORT_CAP rows, and DECLARATION_EXPORT_LIMIT exports per user.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const [t, locale] = await Promise.all([getTranslations(), getUiLocale()]);
  const allowed = await allowDeclarationExport(db, who.actor.userId);
  if (!allowed.ok) {
    const wait = allowed.retryAfterSeconds;
    return text(t("lists.export.rateLimited", { minutes: Math.ceil(wait / 60) }), 429, { "Retry-After": String(wait) });
  }
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = DeclarationFilters.parse(params);
  const orderBy = declarationOrderBy(parseListQuery(DECLARATION_LIST, params));
  const result = await exportDeclarations(db, who.actor.merchantId, filters, orderBy);
  if (!result.ok) {
    const values = { count: formatNumber(result.count, locale), cap: formatNumber(DECLARATION_EXPORT_CAP, locale) };
    return text(t("lists.export.tooMany", values), 422);
  }
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
