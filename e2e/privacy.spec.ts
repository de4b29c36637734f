// The privacy notice and the consent it asks for (issue 17), on the production build:
// /privacy in both languages on a phone and a desktop, and a person whose latest
// consent is to an earlier version asked again when they sign in.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { LOCALE_COOKIE } from "../lib/i18n/config";
import { CURRENT_NOTICE } from "../lib/privacy/notice";
import { RETENTION_TABLE } from "../lib/privacy/retention";
import { PASSWORD, signIn } from "./support/accounts";
import { DESKTOP, overflowOf, PHONE, seriousViolations } from "./support/phone-checks";

const DB_FILE = path.resolve(process.cwd(), ".tmp/e2e/db/portal.db");
/** SHOTS_DIR=/some/dir saves /privacy and /consent at 390 and 1440 px in both languages there. */
const SHOTS = process.env.SHOTS_DIR;
const id = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, "")}`.slice(0, 25);
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");

const TEXT = {
  "zh-CN": { title: "隐私政策", version: `第${CURRENT_NOTICE.id}版 · 自2026年12月1日起施行`, retention: "保存期限" },
  en: {
    title: "Privacy notice",
    version: `Version ${CURRENT_NOTICE.id} · in force since 1 Dec 2026`,
    retention: "How long we keep it",
  },
} as const;

for (const locale of ["zh-CN", "en"] as const) {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`/privacy in ${locale} at ${viewport.width} px: the version and its date, every retention row, no overflow, no serious axe finding`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale, viewport });
      await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
      const page = await context.newPage();
      await page.goto("/privacy");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[locale].title);
      await expect(page.getByText(TEXT[locale].version)).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: TEXT[locale].retention })).toBeVisible();
      for (const kind of RETENTION_TABLE) await expect(page.locator(`#retention-${kind.id}`)).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      if (locale === "en") {
        // The quoted label of the consent box: its quotation marks set narrower than the full-width ones of the
        // CJK font the English text is drawn in (they showed as a wide gap either side of the quote).
        const quote = page.getByText(/ticking “I have read and agree to the privacy notice”/);
        const widths = await quote.evaluate((el) => {
          const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes("“"))!;
          const range = document.createRange();
          const at = text.textContent!.indexOf("“");
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          return { quote: range.getBoundingClientRect().width, em: parseFloat(getComputedStyle(el).fontSize) };
        });
        expect(widths.quote).toBeLessThan(widths.em * 0.75);
      }
      expect(await overflowOf(page)).toBeFalsy();
      expect(await seriousViolations(page)).toEqual([]);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `privacy-${locale}-${viewport.width}.png`), fullPage: true });
      }
      await context.close();
    });
  }
}

/** A Xiyong owner who signs in with the demo password and whose latest consent is to version 0. */
function ownerWithEarlierConsent() {
  const db = new Database(DB_FILE, { timeout: 10_000 });
  try {
    const { passwordHash, merchantId } = db
      .prepare(
        `SELECT u."passwordHash" AS "passwordHash", m."merchantId" AS "merchantId" FROM "User" u
         JOIN "Membership" m ON m."userId" = u."id" WHERE u."email" = 'merchant@example.com'`,
      )
      .get() as { passwordHash: string; merchantId: string };
    const now = stamp(new Date());
    const userId = id("pc");
    const email = `consent-${Date.now().toString(36)}@example.com`;
    db.prepare(
      `INSERT INTO "User" ("id","email","name","passwordHash","role","createdAt","updatedAt") VALUES (?,?,?,?,'MERCHANT',?,?)`,
    ).run(userId, email, "同意测试", passwordHash, now, now);
    db.prepare(
      `INSERT INTO "Membership" ("id","userId","merchantId","role","createdAt") VALUES (?,?,?,'MEMBER',?)`,
    ).run(id("pm"), userId, merchantId, now);
    db.prepare(
      `INSERT INTO "PrivacyConsent" ("id","userId","noticeVersion","purpose","createdAt") VALUES (?,?,'0','REGISTRATION',?)`,
    ).run(id("pv"), userId, now);
    return { userId, email };
  } finally {
    db.close();
  }
}

function consentsOf(userId: string) {
  const db = new Database(DB_FILE, { readonly: true, timeout: 10_000 });
  try {
    return db
      .prepare(
        `SELECT "noticeVersion", "purpose", "clientAddress" FROM "PrivacyConsent" WHERE "userId" = ? ORDER BY "createdAt"`,
      )
      .all(userId) as { noticeVersion: string; purpose: string; clientAddress: string | null }[];
  } finally {
    db.close();
  }
}

test("a member who agreed to an earlier version is asked again at sign-in, refused without the tick, and let in with it", async ({
  browser,
}) => {
  const person = ownerWithEarlierConsent();
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    locale: "zh-CN",
    viewport: PHONE,
  });
  const page = await context.newPage();
  await signIn(page, person.email, PASSWORD);
  await expect(page).toHaveURL(/\/consent\?next=%2Fmerchant$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请确认隐私政策");
  await expect(page.getByText("您此前同意的是第0版。")).toBeVisible();
  // Any page of the area leads back here until they agree.
  await page.goto("/merchant/skus");
  await expect(page).toHaveURL(/\/consent\?next=%2Fmerchant$/);
  await page.evaluate(() => document.fonts.ready);
  expect(await overflowOf(page)).toBeFalsy();
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `consent-zh-CN-${PHONE.width}.png`), fullPage: true });

  const box = page.getByLabel("我已阅读并同意隐私政策");
  await expect(box).not.toBeChecked();
  await page.getByRole("button", { name: "同意并继续" }).click();
  await expect(page.getByText("请勾选同意隐私政策。未经您同意，不会保存任何信息。")).toBeVisible();
  expect(consentsOf(person.userId).map((c) => c.purpose)).toEqual(["REGISTRATION"]);

  await box.check();
  await page.getByRole("button", { name: "同意并继续" }).click();
  await expect(page).toHaveURL(/\/merchant$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆西永云联电子科技有限公司");
  expect(consentsOf(person.userId)).toEqual([
    { noticeVersion: "0", purpose: "REGISTRATION", clientAddress: null },
    { noticeVersion: CURRENT_NOTICE.id, purpose: "RENEWAL", clientAddress: expect.any(String) },
  ]);
  // Not asked again.
  await page.goto("/merchant/skus");
  await expect(page).toHaveURL(/\/merchant\/skus$/);
  await context.close();
});
