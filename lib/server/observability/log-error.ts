// Errors go to the server log as one JSON line each, with the request's id
// (proxy.ts), so that the id a user quotes finds the line. The stack stays
// in the log; no response ever carries it.
import { jsonLogLine } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

export type ErrorLogFields = {
  requestId: string;
  /** What Next.js shows the browser in place of the message (error.digest). */
  digest?: string;
  method?: string;
  /** The route's file path (/invite/[token]), never the requested path, which may carry a token. */
  route?: string;
  routeType?: string;
};

/** The one log line for an error. */
export function errorLogLine(error: unknown, fields: ErrorLogFields, now = new Date()): string {
  const err = error instanceof Error ? error : new Error(String(error));
  const digest =
    fields.digest ??
    (typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined);
  return jsonLogLine("error", { ...fields, digest, name: err.name, message: err.message, stack: err.stack }, now);
}

export function logError(error: unknown, fields: ErrorLogFields): void {
  console.error(errorLogLine(error, fields));
}

/** The id proxy.ts set on a request, from a Headers object or Next's plain header record. */
export function requestIdOf(headers: Headers | Record<string, string | string[] | undefined>): string {
  const value = headers instanceof Headers ? headers.get(REQUEST_ID_HEADER) : headers[REQUEST_ID_HEADER];
  return (Array.isArray(value) ? value[0] : value) || "none";
}
