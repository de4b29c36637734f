import type { Instrumentation } from "next";
import { logError, requestIdOf } from "@/lib/server/observability/log-error";

/**
 * At server start: the job queue (lib/server/jobs/portal-jobs.ts) starts, with
 * its workers and schedules unless JOB_WORKERS=0, so queued imports and mails
 * resume and imports a dead process left are ended.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { portalJobQueue } = await import("@/lib/server/jobs/portal-jobs");
  await portalJobQueue().catch((error) =>
    console.error("[jobs] the job queue did not start:", error instanceof Error ? error.message : error),
  );
}

/**
 * Every error Next.js catches while rendering a page, running a server action
 * or a route handler: one log line with the request's id, the digest the
 * browser's error page shows, the message and the stack. The response itself
 * carries only the digest (Next.js replaces the message in production).
 */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  logError(error, {
    requestId: requestIdOf(request.headers),
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
  });
};
