import type { Instrumentation } from "next";
import { logError, requestIdOf } from "@/lib/server/observability/log-error";

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
