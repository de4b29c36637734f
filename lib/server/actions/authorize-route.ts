import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { authenticateApi } from "@/lib/server/api/authenticate";
import { db } from "@/lib/server/db";
import type { SkuActor } from "@/lib/server/skus/context";
import { resolveActor, type Access, type ActorFor } from "@/lib/server/auth/actor";
import { getSessionUser } from "@/lib/server/auth/guards";
import type { SessionUser } from "@/lib/server/auth/session-user";
import { logSecurityEvent } from "@/lib/server/observability/security-log";
import { requestIdOf } from "@/lib/server/observability/log-error";

/** Who may call a route handler: an access rule for the session cookie, or `apiToken` for `Authorization: Bearer`. */
export type RouteAccess = Access | "apiToken";

type Granted<A extends RouteAccess> = A extends Access
  ? { ok: true; actor: ActorFor<A>; user: SessionUser }
  : { ok: true; actor: SkuActor; api: { tokenId: string; locale: Locale; rateLimit: Record<string, string> } };

export type RouteAuth<A extends RouteAccess> = Granted<A> | { ok: false; response: Response };

/** Message keys (from the catalog's root) that explain a refusal to the reader. */
type Refusals = { forbidden: string; signedOut: string };

const noStore = { "Cache-Control": "no-store" };

/**
 * The one way a route handler checks its caller. Session callers without
 * access get `{ error: "unauthenticated" | "forbidden" }` with 401 or 403
 * (and a `message` when `refusals` is given); token callers get the ERP API's
 * own answers (401, 403, 429). Scope each query by the actor it returns.
 */
export async function authorizeRoute<A extends RouteAccess>(
  request: Request,
  access: A,
  refusals?: Refusals,
): Promise<RouteAuth<A>> {
  if (access === "apiToken") {
    const auth = await authenticateApi(db, request);
    if (!auth.ok) {
      const reason = auth.response.status === 401 ? "unauthenticated" : "forbidden";
      await logSecurityEvent(
        auth.response.status === 429
          ? { event: "rateLimited", limit: "apiToken" }
          : { event: "access.refused", reason, where: "route:apiToken" },
        requestIdOf(request.headers),
      );
      return auth;
    }
    const { actor, tokenId, locale, rateLimit } = auth.caller;
    return { ok: true, actor, api: { tokenId, locale, rateLimit } } as RouteAuth<A>;
  }
  const who = await resolveActor(access as Access);
  if (who.ok) return who as RouteAuth<A>;
  const error = who.reason;
  const userId = error === "forbidden" ? ((await getSessionUser())?.id ?? null) : null;
  await logSecurityEvent(
    { event: "access.refused", reason: error, where: `route:${access}`, userId },
    requestIdOf(request.headers),
  );
  const message = refusals
    ? { message: (await getTranslations())(error === "unauthenticated" ? refusals.signedOut : refusals.forbidden) }
    : {};
  const status = error === "unauthenticated" ? 401 : 403;
  return { ok: false, response: Response.json({ error, ...message }, { status, headers: noStore }) };
}
