// The security headers of every response, set in one place (proxy.ts): a
// Content-Security-Policy whose scripts need this request's nonce, and HSTS
// when the request came over HTTPS. Next.js reads the nonce from the
// request's Content-Security-Policy header and puts it on its own scripts.

/** A fresh nonce per request: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for one response. Scripts run only with the nonce ('strict-dynamic'
 * lets those scripts load the chunks they import); no 'unsafe-inline', and
 * 'unsafe-eval' only in development, where React's debugging needs it.
 * <style> elements need the nonce too; only style *attributes* are inline
 * (style-src-attr), because React writes progress bars' and the map's
 * computed widths and positions as style attributes, which no nonce can cover.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Whether the browser reached the portal over HTTPS: the public URL says so
 * (AUTH_URL), or a trusted proxy does (X-Forwarded-Proto). With TRUST_PROXY=0
 * the header is the client's own word and is not read; the portal itself
 * serves plain HTTP (scripts/serve.mjs). With N proxies the entry read is the
 * one the outermost appended, as for X-Forwarded-For
 * (lib/server/auth/client-ip.ts).
 */
export function cameOverHttps(
  headers: Headers,
  { trustedProxies, authUrl }: { trustedProxies: number; authUrl?: string },
): boolean {
  if (authUrl?.startsWith("https:")) return true;
  if (trustedProxies < 1) return false;
  const entries = (headers.get("x-forwarded-proto") ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  if (entries.length === 0) return false;
  return entries[Math.max(0, entries.length - trustedProxies)] === "https";
}

/** The one page that may use the camera: the check-in page scans tickets' QR codes. */
const CAMERA_PAGE = /^\/admin\/events\/[A-Za-z0-9_-]{1,64}\/check-in\/?$/;

/** The headers every response carries, whatever its type; `pathname` decides whether the camera is allowed. */
export function securityHeaders({
  nonce,
  https,
  dev,
  pathname = "",
}: {
  nonce: string;
  https: boolean;
  dev: boolean;
  pathname?: string;
}) {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { dev }),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": `camera=${CAMERA_PAGE.test(pathname) ? "(self)" : "()"}, microphone=(), geolocation=()`,
  };
  if (https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}
