import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { sessionCookieConfig } from "./session-cookie";

describe("the session cookie (OWASP ASVS 3.4.4)", () => {
  it("is a __Host- cookie for an https AUTH_URL: Secure, Path=/, no Domain", () => {
    const { cookies, useSecureCookies } = sessionCookieConfig("https://portal.example.com/");
    expect(useSecureCookies).toBe(true);
    expect(cookies?.sessionToken?.name).toBe("__Host-authjs.session-token");
    expect(cookies?.sessionToken?.options).toMatchObject({ secure: true, path: "/", httpOnly: true });
    expect(cookies?.sessionToken?.options).not.toHaveProperty("domain");
  });

  it("keeps the plain name, not Secure, for an http AUTH_URL, and leaves the choice to Auth.js without one", () => {
    const { cookies, useSecureCookies } = sessionCookieConfig("http://localhost:3000");
    expect(useSecureCookies).toBe(false);
    expect(cookies?.sessionToken?.name).toBe("authjs.session-token");
    expect(cookies?.sessionToken?.options).toMatchObject({ secure: false, path: "/" });
    expect(sessionCookieConfig(undefined)).toEqual({});
  });
});

describe("proxy.ts", () => {
  it("lets a request with a __Host- session cookie on to /admin, and sends one without a session cookie to sign in", () => {
    const to = (cookie?: string) =>
      proxy(new NextRequest("http://localhost/admin", { headers: cookie ? { cookie } : {} }));
    expect(to("__Host-authjs.session-token=abc").headers.get("location")).toBeNull();
    expect(to("authjs.session-token=abc").headers.get("location")).toBeNull();
    expect(to().headers.get("location")).toContain("/login?callbackUrl=%2Fadmin");
    expect(to("__Host-other=abc").headers.get("location")).toContain("/login");
  });
});
