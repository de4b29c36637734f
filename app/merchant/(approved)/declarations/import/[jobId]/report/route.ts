import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv/write";
import { getUiLocale } from "@/lib/i18n/server";
import { db } from "@/lib/server/db";
import { scopedNotFoundResponse } from "@/lib/server/observability/tenant-probe";
import { getImportJob } from "@/lib/server/imports/jobs";
import { issuesToCsv, parseIssues } from "@/lib/server/imports/report";
import { DECLARATION_IMPORT_KIND } from "@/lib/server/declarations/import-declarations";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";

/** The failed import's report as CSV, in the reader's language; another merchant's job is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const { jobId } = await params;
  const job = await getImportJob(db, who.actor.merchantId, jobId, DECLARATION_IMPORT_KIND);
  if (!job)
    return scopedNotFoundResponse(db, {
      kind: "importJob",
      id: jobId,
      where: "route:/merchant/declarations/import/[jobId]/report",
      userId: who.user.id,
    });
  const [locale, t] = await Promise.all([getUiLocale(), getTranslations("imports.report")]);
  return csvResponse(
    issuesToCsv(parseIssues(job.errorReport), locale),
    `${t("fileName")}-${job.fileName.replace(/\.[^.]+$/, "")}.csv`,
  );
}
