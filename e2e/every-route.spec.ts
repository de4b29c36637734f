import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { LOCALE_COOKIE, LOCALES } from "../lib/i18n/config";
import { storageStatePath } from "./support/accounts";
import { importEnded } from "./support/imports";
import { DESKTOP, overflowOf, PHONE, seriousViolations } from "./support/phone-checks";
import { fillPattern, idsFromDatabase, patternsFor, ROLES, type Ids } from "./support/routes";
import { codePrefix, skuCsv, uploadCsv } from "./support/skus";

// Every page, for every kind of caller that gets it (the authorization
// matrix's page table), in both languages, on a 390 px phone: the page is no
// wider than the screen, and axe finds nothing serious or critical.
// SCREENSHOTS=1 also saves each cell at 390 and 1440 px into .tmp/screens/.

const SCREENS = process.env.SCREENSHOTS === "1" ? path.resolve(process.cwd(), ".tmp/screens") : null;

let ids: Ids = {};
/** Every page for every caller that gets it, in each language. */
const CELLS = LOCALES.length * ROLES.reduce((n, role) => n + patternsFor(role.caller).length, 0);

/** An import job of each kind for the demo merchant, from a file with one bad row: it ends, writing nothing. */
async function ensureImportJobs(page: Page) {
  let found = idsFromDatabase();
  if (!found.skuJob) {
    await uploadCsv(
      page,
      "every-route.csv",
      skuCsv(codePrefix("ER"), 1, (row) => row.replace("8518300000", "85")),
    );
    await importEnded(page);
  }
  if (!found.declarationJob) {
    const body = ["申报日期,监管方式,贸易方向,国家或地区,金额,币种,平台,商品章节,申报单号"];
    body.push(`2025-03-02,9710,进口,DE,50.00,CNY,amazon,,${codePrefix("ER")}`);
    await page.goto("/merchant/declarations/import");
    await page.getByLabel("CSV文件").setInputFiles({
      name: "every-route.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(body.join("\n")),
    });
    await page.getByRole("button", { name: "上传并导入" }).click();
    await expect(page).toHaveURL(/\/merchant\/declarations\/import\/[^/]+$/);
    await importEnded(page);
  }
  found = idsFromDatabase();
  return {
    ...found.ids,
    "/merchant/skus/import/[jobId]": `/merchant/skus/import/${found.skuJob}`,
    "/merchant/declarations/import/[jobId]": `/merchant/declarations/import/${found.declarationJob}`,
  };
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(420_000);
  const context = await browser.newContext({ storageState: storageStatePath("merchant"), locale: "zh-CN" });
  try {
    ids = await ensureImportJobs(await context.newPage());
  } finally {
    await context.close();
  }
  console.log(`every-route: ${CELLS} route × role × language cells at ${PHONE.width} px`);
});

/** What is wrong with one page for this caller: a redirect, a page wider than the phone, axe's serious findings. */
async function checkPage(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url);
  const reached = new URL(page.url());
  if (reached.pathname !== url.split("?")[0]) return [`went to ${reached.pathname} instead`];
  if (response?.status() !== 200) return [`answered ${response?.status()}`];
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const problems = await seriousViolations(page);
  const overflow = await overflowOf(page);
  if (overflow) problems.unshift(overflow);
  return problems;
}

async function screenshot(page: Page, name: string) {
  if (!SCREENS) return;
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}-${PHONE.width}.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: path.join(SCREENS, `${name}-${DESKTOP.width}.png`), fullPage: true });
  await page.setViewportSize(PHONE);
}

for (const locale of LOCALES) {
  for (const role of ROLES) {
    const patterns = patternsFor(role.caller);
    test.describe(`${role.caller} in ${locale}`, () => {
      test.use({
        storageState: role.account ? storageStatePath(role.account) : { cookies: [], origins: [] },
        locale,
        viewport: PHONE,
      });

      test(`each of the ${patterns.length} pages fits a ${PHONE.width} px phone with no serious axe violation`, async ({
        page,
        baseURL,
      }) => {
        test.setTimeout(60_000 + patterns.length * (SCREENS ? 40_000 : 20_000));
        await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
        const failures: string[] = [];
        for (const pattern of patterns) {
          const url = fillPattern(pattern, ids);
          const problems = await checkPage(page, url).catch((e: Error) => [e.message.split("\n")[0]]);
          failures.push(...problems.map((p) => `${url}: ${p}`));
          const name = `${locale}-${role.caller}${pattern.replace(/[/[\]]+/g, "-").replace(/-$/, "")}`;
          await screenshot(page, name === `${locale}-${role.caller}` ? `${name}-home` : name);
        }
        console.log(
          `every-route: ${role.caller} in ${locale}: ${patterns.length} pages checked, ${failures.length} problems`,
        );
        expect(failures, `${role.caller} in ${locale}:\n${failures.join("\n")}`).toEqual([]);
      });
    });
  }
}
