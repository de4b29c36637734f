import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import type { SkuActor } from "@/lib/server/skus/context";
import { apiError } from "./respond";

/** The caller of an ERP API handler, once its token has been accepted. */
export type ApiRequest = { actor: SkuActor; locale: Locale; tokenId: string };

/**
 * An ERP API route handler: the token is checked first (401, 403, 429 through
 * authorizeRoute), then the handler runs, and every answer it gives carries
 * the token's RateLimit headers.
 */
export function apiRoute<C = unknown>(handler: (request: Request, api: ApiRequest, context: C) => Promise<Response>) {
  // Next.js always passes the context; a collection's handler needs none, and its callers may leave it out.
  return async (request: Request, context?: C): Promise<Response> => {
    const auth = await authorizeRoute(request, "apiToken");
    if (!auth.ok) return auth.response;
    const response = await handler(request, { actor: auth.actor, ...auth.api }, context as C);
    for (const [name, value] of Object.entries(auth.api.rateLimit)) response.headers.set(name, value);
    return response;
  };
}

/**
 * 405 for a method the path does not have, as the API's JSON error with an
 * Allow header (Next.js's own 405 has neither). The token is checked first,
 * as for every other answer.
 */
export function methodNotAllowed(allow: readonly string[]) {
  return apiRoute(async (_request, { locale }) =>
    apiError(locale, "method_not_allowed", { headers: { Allow: allow.join(", ") } }),
  );
}
