import "server-only";
/**
 * True unless the browser says the request comes from another site. Session
 * cookies are SameSite=Lax already; this also covers older browsers.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
