import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { CURRENT_NOTICE } from "../lib/privacy/notice";
import { signIn, storageStatePath } from "./support/accounts";
import { pageAs } from "./support/merchants";

// Issue 15's merchant home (every panel, and each one's empty state) and the
// follow-ups staff record after an event. Fixtures are written straight to
// the e2e database: registrations are rate-limited and the suite uses them.

const DB_FILE = path.resolve(process.cwd(), ".tmp/e2e/db/portal.db");
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");
const id = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, "")}`.slice(0, 25);
const run = Date.now().toString(36);
/** SHOTS_DIR=/some/dir saves the home at 390 and 1440 px in both languages there. */
const SHOTS = process.env.SHOTS_DIR;

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(DB_FILE, { timeout: 10_000 });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** An approved company in Xiyong with an owner who signs in with the demo password, and nothing else. */
function createEmptyMerchant(): { email: string; nameZh: string } {
  return withDb((db) => {
    const demo =
      db.prepare(`SELECT u."passwordHash" AS "passwordHash", c."parkId" AS "parkId" FROM "User" u JOIN "Membership" m ON m."userId" = u."id"
      JOIN "Merchant" c ON c."id" = m."merchantId" WHERE u."email" = 'merchant@example.com'`);
    const { passwordHash, parkId } = demo.get() as { passwordHash: string; parkId: string };
    const now = stamp(new Date());
    const merchantId = id("hm");
    const userId = id("hu");
    const n = String(Date.now()).slice(-7);
    const nameZh = `重庆空白首页测试${run}有限公司`;
    const email = `empty-home-${run}@example.com`;
    db.prepare(
      `INSERT INTO "Merchant" ("id","nameZh","nameEn","uscc","parkId","verificationStatus","accountState","contactName","contactPhone","contactEmail","submittedAt","reviewedAt","createdAt","updatedAt")
       VALUES (?,?,?,?,?,'APPROVED','ACTIVE','空白','+8613800138000',?,?,?,?,?)`,
    ).run(merchantId, nameZh, `Empty Home ${run} Co., Ltd.`, `91500106HM${n}X`, parkId, email, now, now, now, now);
    db.prepare(
      `INSERT INTO "User" ("id","email","name","passwordHash","role","createdAt","updatedAt") VALUES (?,?,?,?,'MERCHANT',?,?)`,
    ).run(userId, email, "空白测试", passwordHash, now, now);
    db.prepare(`INSERT INTO "Membership" ("id","userId","merchantId","role","createdAt") VALUES (?,?,?,'OWNER',?)`).run(
      id("hb"),
      userId,
      merchantId,
      now,
    );
    // Agreed to the notice in force, so the home opens rather than the consent page (e2e/privacy.spec.ts asks).
    db.prepare(
      `INSERT INTO "PrivacyConsent" ("id","userId","noticeVersion","purpose","createdAt") VALUES (?,?,?,'REGISTRATION',?)`,
    ).run(id("hc"), userId, CURRENT_NOTICE.id, now);
    return { email, nameZh };
  });
}

/** A published event that began a moment ago and lasts six hours: held, so follow-ups can be recorded. */
function createEventToday(title: { zh: string; en: string }): { id: string } {
  return withDb((db) => {
    const now = new Date();
    const eventId = id("he");
    db.prepare(
      `INSERT INTO "Event" ("id","slug","titleZh","titleEn","belt","startsAt","endsAt","venueZh","venueEn","capacity","seatsTaken","signupDeadline","status","createdAt","updatedAt")
       VALUES (?,?,?,?,'electronics',?,?,'西永微电园会议中心','Xiyong Micro-electronics Park Conference Centre',20,1,?,'PUBLISHED',?,?)`,
    ).run(
      eventId,
      `follow-ups-e2e-${randomUUID().slice(0, 8)}`,
      title.zh,
      title.en,
      stamp(now),
      stamp(new Date(now.getTime() + 6 * 3_600_000)),
      stamp(new Date(now.getTime() + 2 * 3_600_000)),
      stamp(now),
      stamp(now),
    );
    return { id: eventId };
  });
}

/** The demo merchant's id and Chinese name. */
function demoMerchant(): { id: string; nameZh: string } {
  return withDb(
    (db) =>
      db
        .prepare(
          `SELECT c."id" AS id, c."nameZh" AS nameZh FROM "Merchant" c JOIN "Membership" m ON m."merchantId" = c."id"
           JOIN "User" u ON u."id" = m."userId" WHERE u."email" = 'merchant@example.com'`,
        )
        .get() as { id: string; nameZh: string },
  );
}

/** A partner attending the event, and the company's confirmed seat at it. */
function seatAndPartner(eventId: string, merchantId: string, partnerZh: string) {
  withDb((db) => {
    const now = stamp(new Date());
    const partnerId = id("hp");
    db.prepare(
      `INSERT INTO "Partner" ("id","kind","nameZh","nameEn","markets","hsChapters","active","createdAt") VALUES (?,'PLATFORM',?,?,'US','85',1,?)`,
    ).run(partnerId, partnerZh, `${partnerZh} (EN)`, now);
    db.prepare(`INSERT INTO "EventPartner" ("eventId","partnerId") VALUES (?,?)`).run(eventId, partnerId);
    db.prepare(
      `INSERT INTO "Signup" ("id","eventId","merchantId","seats","attendeeNames","status","createdAt","updatedAt") VALUES (?,?,?,1,'["周跟进"]','CONFIRMED',?,?)`,
    ).run(id("hs"), eventId, merchantId, now, now);
  });
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
}

async function englishPageAs(browser: Browser, account: "merchant") {
  const context = await browser.newContext({ storageState: storageStatePath(account), locale: "en-US" });
  return context.newPage();
}

test("a seeded merchant's home shows every panel and its quick actions, in Chinese and in English", async ({
  browser,
}) => {
  const page = await pageAs(browser, "merchant");
  await page.goto("/merchant");
  for (const name of ["快捷操作", "低库存", "本月申报", "即将参加的活动", "推荐活动", "未读通知"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "新建申报" })).toHaveAttribute("href", "/merchant/declarations/new");
  await expect(page.getByRole("link", { name: "CSV导入SKU" })).toHaveAttribute("href", "/merchant/skus/import");
  await shoot(page, "home-zh");

  await page.getByRole("link", { name: "新增SKU" }).click();
  await expect(page).toHaveURL(/\/merchant\/skus\/new$/);
  await expect(page.getByLabel("低库存提醒（件）")).toHaveValue("10");
  await page.context().close();

  const en = await englishPageAs(browser, "merchant");
  await en.goto("/merchant");
  for (const name of ["Quick actions", "Low in stock", "Declarations this month", "Recommended events"]) {
    await expect(en.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await shoot(en, "home-en");
  await en.context().close();
});

test("a merchant with nothing yet reads in every panel what to do", async ({ browser }) => {
  const account = createEmptyMerchant();
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, account.email);
  await expect(page).toHaveURL(/\/merchant$/);
  await expect(page.getByRole("heading", { level: 1, name: account.nameZh })).toBeVisible();
  await expect(page.getByText("暂无在售SKU低于提醒值。每个SKU的提醒值默认为10件，可在SKU表单中修改。")).toBeVisible();
  await expect(page.getByText(/^本月和上月均无申报。/)).toBeVisible();
  await expect(page.getByText(/^您还没有报名即将举行的活动。/)).toBeVisible();
  await expect(page.getByText(/^暂无与贵公司目标市场、平台或HS章节匹配的开放活动。/)).toBeVisible();
  await expect(page.getByText("没有未读通知。")).toBeVisible();
  await shoot(page, "home-empty-zh");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByText(/^No active SKU is at or below its threshold\./)).toBeVisible();
  await expect(page.getByText(/^You have not signed up for an upcoming event\./)).toBeVisible();
  await shoot(page, "home-empty-en");
  await context.close();
});

test("staff record a follow-up on the event page, and it is listed and counted", async ({ browser }) => {
  const event = createEventToday({ zh: `跟进测试对接会${run}`, en: `Follow-up test matchmaking ${run}` });
  const company = demoMerchant();
  const partner = `跟进测试平台${run}`;
  seatAndPartner(event.id, company.id, partner);

  const context = await browser.newContext({ storageState: storageStatePath("staff"), locale: "zh-CN" });
  const staff = await context.newPage();
  await staff.goto(`/admin/events/${event.id}`);
  await expect(staff.getByText("尚未记录跟进。", { exact: false })).toBeVisible();
  await staff.getByRole("link", { name: "记录并查看全部跟进" }).click();

  // Nothing chosen: each field says what is missing, in the reader's language.
  await staff.getByRole("button", { name: "记录跟进" }).click();
  await expect(staff.getByText("请选择企业。")).toBeVisible();
  await expect(staff.getByText("请选择结果。")).toBeVisible();

  await staff.getByRole("combobox", { name: "企业", exact: true }).selectOption({ label: company.nameZh });
  await staff.getByLabel("对接的合作方").selectOption({ label: partner });
  await staff.getByRole("combobox", { name: "结果", exact: true }).selectOption({ label: "已入驻平台" });
  await staff.getByLabel("备注").fill("已开通店铺");
  await staff.getByRole("button", { name: "记录跟进" }).click();
  await expect(staff.getByText("跟进已记录。")).toBeVisible();
  const row = staff.getByRole("listitem").filter({ hasText: company.nameZh });
  await expect(row.getByText("已入驻平台")).toBeVisible();
  await expect(row.getByText(`对接：${partner}`)).toBeVisible();

  await staff.goto(`/admin/events/${event.id}`);
  const section = staff.getByRole("region", { name: "后续跟进" });
  await expect(section.getByText("已开通店铺")).toBeVisible();
  await expect(section.locator("dt", { hasText: "已入驻平台" }).locator("+ dd")).toHaveText("1");
  await context.close();
});
