import path from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

export const PASSWORD = "cbec-demo-2025";

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

/** Signs in through the login form, in whichever language the page shows. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/^(Email|邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
}

export async function useEnglish(page: Page) {
  await page
    .context()
    .addCookies([
      { name: "NEXT_LOCALE", value: "en", url: page.url().startsWith("http") ? page.url() : "http://127.0.0.1" },
    ]);
}

export async function expectAt(page: Page, pathname: string) {
  await expect(page).toHaveURL((url) => url.pathname === pathname);
}
