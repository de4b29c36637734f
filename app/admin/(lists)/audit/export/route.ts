import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { auditRead } from "@/lib/server/audit/audit-read";
import { auditTable, type AuditTranslator } from "@/lib/server/audit/describe-entry";
import { AUDIT_LIST, AuditFilters, countAudit, exportAudit } from "@/lib/server/audit/search-audit";
import { EXPORT_ROW_CAP, refuseExport } from "@/lib/server/exports/list-export";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import { shanghaiStamp } from "@/lib/time/shanghai";
import { parseListQuery } from "@/lib/paging";
import { getUiLocale } from "@/lib/i18n/server";
import { firstValues } from "@/lib/forms/search-params";

/**
 * The audit log as filtered and sorted on the page, as CSV (BOM,
 * formula-safe): every matching entry, at most EXPORT_ROW_CAP (a search that
 * matches more is refused, never cut short); an operator gets its park's only.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = AuditFilters.parse(params);
  const query = parseListQuery(AUDIT_LIST, params);
  const refused = await refuseExport(db, "audit", who.user.id, () => countAudit(db, who.user, filters));
  if (refused) return refused;
  await auditRead(db, who.user, { action: "audit_log.export", filters });
  const [t, locale] = await Promise.all([getTranslations("auditLog"), getUiLocale()]);
  const rows = await exportAudit(db, who.user, filters, query, EXPORT_ROW_CAP);
  const stamp = new Date().toISOString().slice(0, 10);
  const table = auditTable(rows, t as unknown as AuditTranslator, locale);
  return tableResponse(tableFormatOf(request), {
    columns: table.header.map((header, i) => ({ header, kind: i === 0 ? "datetime" : "text" })),
    rows: table.rows,
    baseName: `${t("csv.fileName")}-${stamp}`,
    locale,
    csvDate: shanghaiStamp,
  });
}
