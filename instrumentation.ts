import type { Instrumentation } from "next";
import { logError, requestIdOf } from "@/lib/server/observability/log-error";

/** At server start: the import runner resumes queued jobs and ends those a dead process left (import-runner.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { importRunner } = await import("@/lib/server/imports/import-runner");
  importRunner();
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
