import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { auditRead } from "@/lib/server/audit/audit-read";
import { auditCsv, type AuditTranslator } from "@/lib/server/audit/describe-entry";
import { AuditFilters, exportAudit } from "@/lib/server/audit/search-audit";
import { getUiLocale } from "@/lib/i18n/server";
import { firstValues } from "@/lib/forms/search-params";

/**
 * The audit log as filtered on the page, as CSV (BOM, formula-safe), newest
 * first and at most AUDIT_EXPORT_LIMIT entries; an operator gets its park's only.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = AuditFilters.parse(params);
  await auditRead(db, who.user, { action: "audit_log.export", filters });
  const [t, locale] = await Promise.all([getTranslations("auditLog"), getUiLocale()]);
  const rows = await exportAudit(db, who.user, filters);
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(auditCsv(rows, t as unknown as AuditTranslator, locale), `${t("csv.fileName")}-${stamp}.csv`);
}
