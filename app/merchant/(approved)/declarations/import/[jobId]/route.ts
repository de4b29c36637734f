import { csvResponse } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { lookupId } from "@/lib/validation/text";

/** The error report of one of the merchant's own failed imports; another merchant's is not found. */
export async function GET(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const { jobId } = await params;
  const job = await db.importJob.findFirst({
    where: { id: lookupId(jobId), merchantId: who.actor.merchantId, kind: "DECLARATION" },
    select: { errorReport: true },
  });
  if (!job?.errorReport) return new Response("Not found", { status: 404 });
  return csvResponse(job.errorReport, `declarations-errors-${jobId}.csv`);
}
