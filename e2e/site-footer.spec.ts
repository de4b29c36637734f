import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath, useEnglish } from "./support/accounts";
import { overflowOf, PHONE, seriousViolations } from "./support/phone-checks";

// The statutory footer on the production build. The e2e server (scripts/e2e-server.mjs) configures
// SITE_SPONSOR, SITE_CONTACT, SITE_ICP_FILING and SITE_PSB_FILING and leaves SITE_ID unset: the
// footer shows those four and no website identification code, on public and signed-in pages.

const SCREENS = path.resolve(process.cwd(), ".tmp/screens/footer");

async function expectConfiguredFooter(page: Page, locale: "zh-CN" | "en") {
  const footer = page.getByRole("contentinfo");
  await expect(footer).toBeVisible();
  const zh = locale === "zh-CN";
  await expect(footer).toContainText(`${zh ? "主办单位：" : "Sponsored by: "}重庆市商务委员会（测试）`);
  await expect(footer).toContainText(`${zh ? "联系方式：" : "Contact: "}023-00000000`);
  const icp = footer.getByRole("link", { name: /渝ICP备00000001号/ });
  await expect(icp).toHaveAttribute("href", "https://beian.miit.gov.cn/");
  const psb = footer.getByRole("link", { name: /渝公网安备 50000000000001号/ });
  await expect(psb).toHaveAttribute("href", "https://beian.mps.gov.cn/#/query/webSearch?code=50000000000001");
  // Not configured: left out, not a placeholder.
  await expect(footer).not.toContainText(zh ? "网站标识码" : "Website identification code");
  for (const [name, href] of zh
    ? [
        ["隐私政策", "/privacy"],
        ["无障碍声明", "/accessibility"],
        ["网站地图", "/sitemap"],
      ]
    : [
        ["Privacy notice", "/privacy"],
        ["Accessibility statement", "/accessibility"],
        ["Site map", "/sitemap"],
      ])
    await expect(footer.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
}

test.describe("the site footer", () => {
  test("shows exactly the configured items on public pages, in Chinese and in English, and leads to the site map", async ({
    page,
  }) => {
    for (const url of ["/", "/events", "/login"]) {
      await page.goto(url);
      await expectConfiguredFooter(page, "zh-CN");
    }
    await page.getByRole("contentinfo").getByRole("link", { name: "网站地图", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("网站地图");
    await expect(page.getByRole("navigation", { name: "公开页面" }).getByRole("link")).toHaveCount(9);
    await useEnglish(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Site map");
    await expectConfiguredFooter(page, "en");
  });

  test.describe("signed in as staff", () => {
    test.use({ storageState: storageStatePath("staff") });

    test("is on the staff pages too", async ({ page }) => {
      await page.goto("/admin/zones");
      await expectConfiguredFooter(page, "zh-CN");
    });
  });

  test.describe("on a phone", () => {
    test.use({ viewport: PHONE });

    for (const locale of ["zh-CN", "en"] as const) {
      test(`fits 390 px in ${locale}, without serious axe findings`, async ({ page }) => {
        await page.goto("/sitemap");
        if (locale === "en") {
          await useEnglish(page);
          await page.reload();
        }
        await expectConfiguredFooter(page, locale);
        expect(await overflowOf(page)).toBeNull();
        expect(await seriousViolations(page)).toEqual([]);
        mkdirSync(SCREENS, { recursive: true });
        await page.getByRole("contentinfo").screenshot({ path: path.join(SCREENS, `footer-390-${locale}.png`) });
        await page.screenshot({ path: path.join(SCREENS, `sitemap-390-${locale}.png`), fullPage: true });
      });
    }
  });
});

test.describe("search engines", () => {
  test("robots.txt keeps crawlers out of the signed-in areas and names the site map on the public origin", async ({
    request,
    baseURL,
  }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    expect(text).toContain("Disallow: /admin");
    expect(text).toContain("Disallow: /merchant");
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test("sitemap.xml lists the public pages and no private one", async ({ request, baseURL }) => {
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    for (const p of ["/events", "/privacy", "/accessibility", "/sitemap"])
      expect(xml).toContain(`<loc>${baseURL}${p}</loc>`);
    expect(xml).not.toMatch(/<loc>[^<]*\/(admin|merchant|account|api)/);
  });
});
