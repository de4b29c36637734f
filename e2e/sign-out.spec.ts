import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAt, signIn } from "./support/accounts";

test.describe("signing out clears the browser (OWASP ASVS 8.2.3)", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`the user menu's sign-out answers with Clear-Site-Data, and the browser forgets the site (script ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
    }) => {
      // A sign-in of its own, so that the saved sign-ins of the other specs stay open.
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signIn(page, ACCOUNTS.merchant.email);
      await expectAt(page, "/merchant");
      if (javaScriptEnabled) await page.evaluate(() => localStorage.setItem("left-behind", "yes"));

      await page.locator("summary").filter({ hasText: "账户菜单" }).click();
      const answer = page.waitForResponse((r) => new URL(r.url()).pathname === "/auth/sign-out");
      await page.getByRole("button", { name: "退出登录" }).click();
      const response = await answer;
      expect(response.request().method()).toBe("POST");
      expect(response.status()).toBe(303);
      expect(await response.headerValue("clear-site-data")).toBe('"cache", "cookies", "storage"');
      await expectAt(page, "/login");

      expect((await context.cookies()).filter((c) => c.name.includes("authjs"))).toEqual([]);
      if (javaScriptEnabled) expect(await page.evaluate(() => localStorage.getItem("left-behind"))).toBeNull();
      await page.goto("/merchant");
      await expectAt(page, "/login");
      await context.close();
    });
  }
});
