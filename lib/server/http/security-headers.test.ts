import { describe, expect, it } from "vitest";
import { cameOverHttps, contentSecurityPolicy, securityHeaders } from "./security-headers";

function directive(policy: string, name: string): string[] {
  const found = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found ? found.slice(1) : [];
}

describe("the Content-Security-Policy", () => {
  it("runs only scripts with this response's nonce: no 'unsafe-inline', no 'unsafe-eval' in production", () => {
    const policy = contentSecurityPolicy("bm9uY2U=");
    expect(directive(policy, "script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(directive(policy, "style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(directive(contentSecurityPolicy("n", { dev: true }), "script-src")).toContain("'unsafe-eval'");
  });
});

describe("HSTS", () => {
  const proto = (value: string) => new Headers({ "x-forwarded-proto": value });

  it("is sent when the public URL is https", () => {
    expect(cameOverHttps(new Headers(), { trustedProxies: 0, authUrl: "https://cbec.example.gov.cn" })).toBe(true);
    expect(securityHeaders({ nonce: "n", https: true, dev: false })["Strict-Transport-Security"]).toMatch(
      /^max-age=31536000/,
    );
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(cameOverHttps(proto("https"), { trustedProxies: 0 })).toBe(false);
    expect(cameOverHttps(proto("https"), { trustedProxies: 1 })).toBe(true);
    expect(cameOverHttps(proto("http"), { trustedProxies: 1 })).toBe(false);
    // The client said https, the proxy appended what it saw.
    expect(cameOverHttps(proto("https, http"), { trustedProxies: 1 })).toBe(false);
    expect(cameOverHttps(new Headers(), { trustedProxies: 1, authUrl: "http://localhost:3000" })).toBe(false);
    expect(securityHeaders({ nonce: "n", https: false, dev: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});

describe("Permissions-Policy", () => {
  const policy = (pathname: string) =>
    securityHeaders({ nonce: "n", https: false, dev: false, pathname })["Permissions-Policy"];

  it("lets only an event's check-in page use the camera, for this origin alone", () => {
    expect(policy("/admin/events/cm0abc123/check-in")).toBe("camera=(self), microphone=(), geolocation=()");
    for (const other of ["/", "/admin/events/cm0abc123", "/merchant/events/x/tickets", "/admin/events/a/b/check-in"]) {
      expect(policy(other)).toBe("camera=(), microphone=(), geolocation=()");
    }
  });
});
