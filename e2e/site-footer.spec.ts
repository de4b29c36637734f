import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { storageStatePath, useEnglish } from "./support/accounts";
import { DESKTOP, overflowOf, PHONE, seriousViolations } from "./support/phone-checks";

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

  test.describe("on a desktop", () => {
    test.use({ viewport: DESKTOP });

    test("lays the site map and the footer out at 1440 px", async ({ page }) => {
      await page.goto("/sitemap");
      await expectConfiguredFooter(page, "zh-CN");
      expect(await overflowOf(page)).toBeNull();
      mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENS, "sitemap-1440-zh-CN.png"), fullPage: true });
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

/**
 * A nightly retention run as the job runner leaves it (the schedule fires at 03:30 in Shanghai, which a
 * test cannot wait for): its completed job, and the audit report filed under the job's id.
 */
function retentionRunInTheDatabase(): string {
  const db = new Database(path.resolve(process.cwd(), ".tmp/e2e/db/portal.db"), { timeout: 10_000 });
  try {
    const id = `rt${randomUUID().replace(/-/g, "")}`.slice(0, 25);
    const at = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(
      `INSERT INTO "BackgroundJob" ("id","name","data","state","startedOn","completedOn","createdOn","startAfter")
       VALUES (?,'privacy-retention','{}','completed',?,?,?,?)`,
    ).run(id, at, at, at, at);
    db.prepare(
      `INSERT INTO "AuditLog" ("id","action","entityType","entityId","details","createdAt")
       VALUES (?,'retention.prune','Retention',?,?,?)`,
    ).run(`au${id}`.slice(0, 25), id, JSON.stringify({ notificationsRead: 0, sessions: 2, invitations: 1 }), at);
    return id;
  } finally {
    db.close();
  }
}

test.describe("the retention job on /admin/jobs", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("shows what a run deleted, kind by kind, in both languages", async ({ page }) => {
    const id = retentionRunInTheDatabase();
    await page.goto("/admin/jobs?state=completed");
    const row = page.getByRole("row").filter({ hasText: id });
    await expect(row).toContainText("按保存期限删除过期记录");
    await expect(row).toContainText("已删除：已结束的登录会话2个，已失效的邀请1个");
    await useEnglish(page);
    await page.reload();
    await expect(row).toContainText("Deleted: 2 ended sessions, 1 expired invitation");
  });
});
