import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { cameOverHttps, newNonce, securityHeaders } from "@/lib/server/http/security-headers";
import { SESSION_COOKIE_NAMES } from "@/lib/server/auth/session-cookie";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/server/observability/request-id";

// The proxy runs on every request except Next's hashed static files. It gives
// each request an id and a CSP nonce (on the request, where Next.js and the
// pages read them, and on the response), sets the security headers, and
// redirects visitors without a session cookie away from the signed-in areas.
// It grants nothing: every page, action and route handler checks the session
// and role itself (lib/server/auth/guards.ts).
const SIGNED_IN_AREAS = /^\/(admin|merchant)(\/|$)/;

export function proxy(request: NextRequest) {
  const { TRUST_PROXY, AUTH_URL } = env();
  const requestId = requestIdFor(request.headers, TRUST_PROXY);
  const headers = securityHeaders({
    nonce: newNonce(),
    https: cameOverHttps(request.headers, { trustedProxies: TRUST_PROXY, authUrl: AUTH_URL }),
    dev: process.env.NODE_ENV === "development",
    pathname: request.nextUrl.pathname,
  });

  const response =
    SIGNED_IN_AREAS.test(request.nextUrl.pathname) && !hasSession(request)
      ? redirectToLogin(request)
      : NextResponse.next({ request: { headers: withIdAndPolicy(request.headers, requestId, headers) } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

function hasSession(request: NextRequest): boolean {
  return SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
}

function redirectToLogin(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

/** Next.js takes the nonce for its own scripts from the request's Content-Security-Policy. */
function withIdAndPolicy(incoming: Headers, requestId: string, headers: Record<string, string>): Headers {
  const forwarded = new Headers(incoming);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]);
  return forwarded;
}

export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
