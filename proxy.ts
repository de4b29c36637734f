import { NextResponse, type NextRequest } from "next/server";

// The proxy only redirects visitors without a session cookie away from the
// signed-in areas. It grants nothing: every page, action and route handler
// checks the session and role itself (lib/server/auth/guards.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/admin/:path*", "/merchant/:path*"] };
