"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { plainAction } from "@/lib/server/actions/form-action";
import { requestRollupRebuild, retryJob } from "@/lib/server/jobs/admin-jobs";

/** Puts a dead-letter job back in the queue. */
export const retryJobAction = plainAction({
  access: "staff",
  forbidden: "adminJobs.errors.forbidden",
  schema: z.object({ jobId: z.string().max(64) }),
  malformed: "adminJobs.errors.notRetried",
  async run({ jobId }, { actor }) {
    const retried = await retryJob(actor, jobId);
    revalidatePath("/admin/jobs");
    redirect(retried ? "/admin/jobs?done=retried" : "/admin/jobs?error=notRetried");
  },
});

/** Queues a rebuild of every dashboard rollup. */
export const rebuildRollupsAction = plainAction({
  access: "staff",
  forbidden: "adminJobs.errors.forbidden",
  schema: z.object({}),
  async run(_input, { actor }) {
    await requestRollupRebuild(actor);
    revalidatePath("/admin/jobs");
    redirect("/admin/jobs?done=rebuild");
  },
});
