import { getUiLocale } from "@/lib/i18n/server";
import { db } from "@/lib/server/db";
import { scopedNotFoundResponse } from "@/lib/server/observability/tenant-probe";
import { getImportJob, importJobView } from "@/lib/server/imports/jobs";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";

/** The job's progress, polled by the import page. Another merchant's job is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const { jobId } = await params;
  const job = await getImportJob(db, who.actor.merchantId, jobId, SKU_IMPORT_KIND);
  if (!job)
    return scopedNotFoundResponse(db, {
      kind: "importJob",
      id: jobId,
      where: "route:/merchant/skus/import/[jobId]/status",
      userId: who.user.id,
    });
  return Response.json(importJobView(job, await getUiLocale()), { headers: { "Cache-Control": "no-store" } });
}
