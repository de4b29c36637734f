import "server-only";
import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/lib/csv/write";
import { getUiLocale } from "@/lib/i18n/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { scopedNotFound, scopedNotFoundResponse } from "@/lib/server/observability/tenant-probe";
import { getImportJob, importJobView } from "./jobs";
import { issuesToCsv, parseIssues } from "./report";

// The import job page and its status and report routes, shared by the SKU and declaration imports.
type JobRoute = {
  /** The job kind (`IMPORT_HANDLERS`); a job of another kind is 404. */
  kind: string;
  /** The upload page; the job's routes are `<base>/[jobId]/…`. */
  base: string;
};

type JobParams = { params: Promise<{ jobId: string }> };

/**
 * The signed-in active merchant's own import job of `kind`, or the 404 that
 * another merchant's (or a missing) job gets, recorded as a tenant probe.
 */
async function ownJob(request: Request, { params }: JobParams, kind: string, where: string) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return { ok: false as const, response: who.response };
  const { jobId } = await params;
  const job = await getImportJob(db, who.actor.merchantId, jobId, kind);
  if (!job)
    return {
      ok: false as const,
      response: await scopedNotFoundResponse(db, { kind: "importJob", id: jobId, where, userId: who.user.id }),
    };
  return { ok: true as const, job };
}

/** The GET handler of the job's progress, polled by the import page. Another merchant's job is 404. */
export function importStatusRoute({ kind, base }: JobRoute) {
  return async function GET(request: Request, context: JobParams) {
    const own = await ownJob(request, context, kind, `route:${base}/[jobId]/status`);
    if (!own.ok) return own.response;
    return Response.json(importJobView(own.job, await getUiLocale()), { headers: { "Cache-Control": "no-store" } });
  };
}

/** The GET handler of the failed import's report as CSV, in the reader's language; another merchant's job is 404. */
export function importReportRoute({ kind, base }: JobRoute) {
  return async function GET(request: Request, context: JobParams) {
    const own = await ownJob(request, context, kind, `route:${base}/[jobId]/report`);
    if (!own.ok) return own.response;
    const [locale, t] = await Promise.all([getUiLocale(), getTranslations("imports.report")]);
    return csvResponse(
      issuesToCsv(parseIssues(own.job.errorReport), locale),
      `${t("fileName")}-${own.job.fileName.replace(/\.[^.]+$/, "")}.csv`,
    );
  };
}

/**
 * The job page's import job: the signed-in merchant's own job of `kind`;
 * another merchant's (or a missing) job is the not-found page, recorded as a
 * tenant probe.
 */
export async function ownImportJobForPage(jobId: string, { kind, base }: JobRoute) {
  const user = await requireMerchantPage(`${base}/${jobId}`);
  const job = await getImportJob(db, user.merchant.id, jobId, kind);
  if (!job) return scopedNotFound(db, { kind: "importJob", id: jobId, where: `page:${base}/[jobId]`, userId: user.id });
  return job;
}
