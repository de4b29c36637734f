import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export const PASSWORD = "cbec-demo-2025";
/** The demo staff and operator's TOTP key (lib/seed/demo-accounts.ts DEMO_TOTP_SECRET). */
export const DEMO_TOTP_SECRET = "CBECDEMOSTAFFTOTPKEYQQJBSWY3DPEH";
const TOTP_ACCOUNTS = new Set(["staff@example.com", "operator@example.com"]);

export const ACCOUNTS = {
  staff: { email: "staff@example.com", home: "/admin" },
  operator: { email: "operator@example.com", home: "/admin" },
  merchant: { email: "merchant@example.com", home: "/merchant" },
  pending: { email: "pending@example.com", home: "/merchant/status" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export function storageStatePath(name: AccountName) {
  return path.resolve(process.cwd(), ".tmp/e2e/state", `${name}.json`);
}

/**
 * A current code for a TOTP key that this run has not used yet for `key`: the
 * server accepts each time step once (and one step either side), so a second
 * sign-in within 30 s takes the next step's code, and a third waits for it.
 */
export async function freshTotpCode(secret: string, key: string): Promise<string> {
  const file = path.resolve(process.cwd(), ".tmp/e2e/totp-steps.json");
  const used: Record<string, number> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const now = Math.floor(Date.now() / 30_000);
  let step = Math.max(now, (used[key] ?? 0) + 1);
  if (step > now + 1) {
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * 30_000 - Date.now() + 1_000));
    step = Math.max(Math.floor(Date.now() / 30_000), (used[key] ?? 0) + 1);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...used, [key]: step }));
  const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: step * 30_000 + 1_000 });
}

/** Signs in through the login form, in whichever language the page shows; the demo staff and operator with a code. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  if (TOTP_ACCOUNTS.has(email) && password === PASSWORD) {
    await enterTotpCode(page, await freshTotpCode(DEMO_TOTP_SECRET, email));
  }
}

/** The sign-in's second step: the code from the app (or a recovery code). */
export async function enterTotpCode(page: Page, code: string) {
  await page.getByLabel(/^(Authentication code|验证码)$/).fill(code);
  await page.getByRole("button", { name: /^(Verify|验证)$/ }).click();
}

export async function useEnglish(page: Page) {
  await page
    .context()
    .addCookies([
      { name: "NEXT_LOCALE", value: "en", url: page.url().startsWith("http") ? page.url() : "http://localhost" },
    ]);
}

export async function expectAt(page: Page, pathname: string) {
  await expect(page).toHaveURL((url) => url.pathname === pathname);
}
