import "server-only";
import type { Db } from "@/lib/db/create-client";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";
import { currentSession } from "@/lib/server/auth/current-user";
import { getSessionUser } from "@/lib/server/auth/guards";
import { SESSION_COOKIE_NAMES } from "@/lib/server/auth/session-cookie";
import { revokeSession } from "@/lib/server/auth/sessions";
import { isSameOrigin } from "@/lib/server/imports/same-origin";
import { requestIdOf } from "@/lib/server/observability/log-error";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

/**
 * What the browser is told to forget at sign-out (OWASP ASVS 8.2.3): its
 * cache of signed-in pages, every cookie of the site and its storage.
 */
export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

/** The session cookie under any of its names, and the chunks Auth.js splits a long one into. */
const isSessionCookie = (name: string) => SESSION_COOKIE_NAMES.some((n) => name === n || name.startsWith(`${n}.`));

function cookieNames(request: Request): string[] {
  const header = request.headers.get("cookie") ?? "";
  return header
    .split(";")
    .map((part) => part.split("=")[0].trim())
    .filter(isSessionCookie);
}

/** An expired copy of a cookie; `__Host-` and `__Secure-` ones are only accepted with Secure. */
function expired(name: string): string {
  const secure = name.startsWith("__") ? "; Secure" : "";
  return `${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax${secure}`;
}

/**
 * Signs the browser out (POST /auth/sign-out): the session row is revoked, so
 * a copy of the cookie no longer opens anything; the cookie is expired; and
 * `Clear-Site-Data` has the browser drop cached pages, cookies and storage.
 * The answer is a 303 to the login page, so the form works without script.
 * Another site's form is refused and changes nothing.
 *
 * With `everywhere` (POST /auth/sign-out-everywhere, the account page's
 * button) every session of the user ends, on every device, and this browser
 * forgets the site in the same way. Only a live session may end the others:
 * a copied cookie of a session that has ended ends nothing.
 */
export async function signOutResponse(
  db: Db,
  request: Request,
  { everywhere = false }: { everywhere?: boolean } = {},
): Promise<Response> {
  if (!isSameOrigin(request)) {
    return Response.json({ error: "forbidden" }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  if (everywhere) {
    const user = await getSessionUser();
    if (user) await signOutEverywhere(db, { userId: user.id });
  } else {
    const claims = await currentSession();
    if (claims?.sessionId) await revokeSession(db, claims.sessionId);
    await logSecurityEvent({ event: "signOut", userId: claims?.userId ?? null }, requestIdOf(request.headers));
  }
  const headers = new Headers({ Location: "/login", "Cache-Control": "no-store", "Clear-Site-Data": CLEAR_SITE_DATA });
  for (const name of cookieNames(request)) headers.append("Set-Cookie", expired(name));
  return new Response(null, { status: 303, headers });
}
