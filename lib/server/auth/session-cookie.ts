import type { NextAuthConfig } from "next-auth";

/** What the session cookie is called: `__Host-` over https (OWASP ASVS 3.4.4), the plain name over http. */
export const SESSION_COOKIE = { https: "__Host-authjs.session-token", http: "authjs.session-token" } as const;

/**
 * Every name a session cookie may have: the two above, and Auth.js's own
 * `__Secure-` one, which it picks over https when AUTH_URL is unset.
 */
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE.https, SESSION_COOKIE.http, "__Secure-authjs.session-token"];

/**
 * Auth.js's cookie settings for the portal's public URL. Over https the
 * session token is a `__Host-` cookie: Secure, Path=/ and no Domain, so no
 * other host (a sibling subdomain) can set or shadow it. Over http (the
 * local demo, the e2e run) it keeps the plain name, since a `__Host-` cookie
 * must be Secure. Without AUTH_URL, Auth.js decides per request.
 */
export function sessionCookieConfig(authUrl: string | undefined): Pick<NextAuthConfig, "cookies" | "useSecureCookies"> {
  if (!authUrl) return {};
  const https = new URL(authUrl).protocol === "https:";
  return {
    useSecureCookies: https,
    cookies: {
      sessionToken: {
        name: https ? SESSION_COOKIE.https : SESSION_COOKIE.http,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: https },
      },
    },
  };
}
