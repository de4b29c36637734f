import { csvResponse } from "@/lib/csv/write";
import { getSessionUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";
import { db } from "@/lib/server/db";
import { lookupId } from "@/lib/validation/text";

/** The error report of one of the merchant's own failed imports; another merchant's is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const user = await getSessionUser();
  if (!user?.merchant || homePathFor(user) !== "/merchant") return new Response("Forbidden", { status: 403 });
  const { jobId } = await params;
  const job = await db.importJob.findFirst({
    where: { id: lookupId(jobId), merchantId: user.merchant.id, kind: "DECLARATION" },
    select: { errorReport: true },
  });
  if (!job?.errorReport) return new Response("Not found", { status: 404 });
  return csvResponse(job.errorReport, `declarations-errors-${jobId}.csv`);
}
