import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { storageStatePath, type AccountName } from "./support/accounts";

// The headers read off real responses of the production build, and the
// browser's own word that nothing on the pages broke the policy.

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** The policy's nonce, after checking the header is the strict one. */
function expectStrictHeaders(response: Response | APIResponse): string {
  const headers = response.headers();
  const policy = directives(headers["content-security-policy"] ?? "");
  const scripts = policy.get("script-src") ?? [];
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Served over plain HTTP with no trusted proxy: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f]{16}$/);
  const nonce = scripts.find((s) => s.startsWith("'nonce-"));
  expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
  return nonce!.slice("'nonce-".length, -1);
}

/** Opens a page, checks its headers and that its scripts ran, and returns the CSP complaints the browser logged. */
async function visit(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  const nonce = expectStrictHeaders(response!);
  const html = await response!.text();
  // Next.js put this response's nonce on its scripts: every <script> carries it.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, path).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  // The app's scripts ran under the policy: the router is up.
  await page.waitForFunction(() => Boolean((window as { next?: { router?: unknown } }).next?.router));
}

function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  return violations;
}

test("pages for visitors carry a nonce policy, and the browser reports no violation", async ({ page }) => {
  const violations = collectViolations(page);
  for (const path of ["/", "/login", "/register", "/events", "/developers", "/forgot-password"])
    await visit(page, path);
  await visit(page, "/no-such-page", 404);
  // A client-side navigation too.
  await page.goto("/");
  await page
    .getByRole("link", { name: /^(登录|Sign in)$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/login/);
  expect(violations).toEqual([]);
});

const SIGNED_IN: [AccountName, string[]][] = [
  ["staff", ["/admin", "/admin/merchants", "/admin/zones", "/admin/data", "/admin/events"]],
  ["operator", ["/admin", "/admin/merchants"]],
  ["merchant", ["/merchant", "/merchant/skus", "/merchant/markets", "/merchant/team", "/merchant/declarations"]],
  ["pending", ["/merchant/status"]],
];

for (const [account, paths] of SIGNED_IN) {
  test.describe(`as ${account}`, () => {
    test.use({ storageState: storageStatePath(account) });
    test(`${paths.join(", ")} break no policy`, async ({ page }) => {
      const violations = collectViolations(page);
      for (const path of paths) await visit(page, path);
      expect(violations).toEqual([]);
    });
  });
}

test("route handlers, redirects and error answers carry the headers; every response gets its own nonce and id", async ({
  request,
}) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const first = expectStrictHeaders(health);
  const again = await request.get("/api/health");
  expect(expectStrictHeaders(again)).not.toBe(first);
  expect(again.headers()["x-request-id"]).not.toBe(health.headers()["x-request-id"]);

  expectStrictHeaders(await request.get("/api/v1/openapi.json"));
  const unauthorized = await request.get("/api/v1/skus");
  expect(unauthorized.status()).toBe(401);
  expectStrictHeaders(unauthorized);
  const redirect = await request.get("/admin", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectStrictHeaders(redirect);
});

test("a client's own X-Request-Id and X-Forwarded-Proto are not believed without a trusted proxy", async ({
  request,
}) => {
  const res = await request.get("/api/health", {
    headers: { "x-request-id": "chosen-by-the-client", "x-forwarded-proto": "https" },
  });
  expect(res.headers()["x-request-id"]).not.toBe("chosen-by-the-client");
  expect(res.headers()["strict-transport-security"]).toBeUndefined();
});

// OWASP ASVS 8.2.1: what a signed-in user is shown is never kept by a browser's or a proxy's cache.
const NOT_STORED: [AccountName, string[]][] = [
  ["staff", ["/admin", "/admin/merchants", "/admin/audit/export"]],
  ["merchant", ["/merchant", "/merchant/skus", "/merchant/skus/export"]],
];

for (const [account, paths] of NOT_STORED) {
  test.describe(`caching, as ${account}`, () => {
    test.use({ storageState: storageStatePath(account) });
    test(`${paths.join(", ")} are sent with Cache-Control: no-store`, async ({ page }) => {
      for (const path of paths) {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(200);
        const cacheControl = (response.headers()["cache-control"] ?? "").split(/,\s*/);
        expect(cacheControl, path).toContain("no-store");
        if (!path.endsWith("/export")) expect(cacheControl, path).toContain("private");
      }
    });
  });
}
