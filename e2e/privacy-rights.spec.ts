import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../lib/i18n/config";
import { expectAt, storageStatePath } from "./support/accounts";

// Issue 17, personal-data rights: a demo user downloads their data; a colleague
// the demo owner invites (so that no account other specs need is closed) asks
// to close their account, staff find the request in the queue with its
// deadline and complete it, and the colleague can no longer sign in.

const SCREENS = process.env.SCREENSHOTS === "1" ? path.resolve(process.cwd(), ".tmp/screens/privacy-rights") : null;

/** The account page's personal-data download, as the browser saves it. */
async function downloadJson(page: Page, label: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: label }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^personal-data-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(await readFile((await download.path())!, "utf8")) as {
    profile: { email: string; name: string };
    memberships: { role: string; merchant: { nameZh: string } }[];
    consents: { noticeVersion: string }[];
  };
}

/** With SCREENSHOTS=1, a part of the page at 390 and 1440 px in English and in Chinese (which it is left in). */
async function screenshots(page: Page, name: string, locator: string) {
  if (!SCREENS) return;
  for (const locale of ["en", "zh-CN"]) {
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: page.url() }]);
    await page.reload();
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const file = path.join(SCREENS, `${name}-${locale}-${width}.png`);
      await page.locator(locator).first().screenshot({ path: file });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("personal-data rights", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("a demo user downloads their data as JSON; an invited colleague asks to close their account and staff close it", async ({
    page,
    browser,
  }) => {
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "个人信息副本" })).toBeVisible();
    const mine = await downloadJson(page, "下载 JSON 文件");
    expect(mine.profile.email).toBe("merchant@example.com");
    expect(mine.memberships).toEqual([expect.objectContaining({ role: "OWNER" })]);
    expect(mine.memberships[0].merchant.nameZh).toBe("重庆西永云联电子科技有限公司");
    expect(JSON.stringify(mine)).not.toMatch(/passwordHash|tokenHash|codeHash|totpSecret/);
    await expect(page.getByRole("link", { name: "下载 CSV 文件" })).toHaveAttribute("href", "/account/data?format=csv");

    // The owner invites a colleague, who joins.
    const email = `closing+${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.com`;
    const password = "a long and unusual passphrase";
    await page.goto("/merchant/team");
    await page.getByLabel("同事的邮箱").fill(email);
    await page.getByRole("button", { name: "生成邀请链接" }).click();
    const link = await page.getByLabel("邀请链接").inputValue();
    const guest = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "zh-CN" });
    const colleague = await guest.newPage();
    await colleague.goto(link);
    await colleague.getByLabel("您的姓名").fill("周敏");
    await colleague.getByLabel(/^密码/).fill(password);
    await colleague.getByLabel("确认密码").fill(password);
    await colleague.getByLabel("我已阅读并同意隐私政策").check();
    await colleague.getByRole("button", { name: "创建账号并登录" }).click();
    await expectAt(colleague, "/merchant");

    // Now the owner has a colleague and no co-owner: told to hand the company over first.
    await page.goto("/account");
    const ownerClosure = page.getByRole("region", { name: "注销账号" });
    await ownerClosure.getByLabel("我已知悉账号注销后不可恢复").check();
    await ownerClosure.getByRole("button", { name: "申请注销账号" }).click();
    await expect(ownerClosure.getByRole("alert")).toHaveText(
      "您是企业负责人，企业还有其他成员且无其他负责人。请先将其中一名成员设为负责人，再申请注销。",
    );

    // The colleague downloads their own data, then asks to close the account: the box first.
    await colleague.goto("/account");
    const theirs = await downloadJson(colleague, "下载 JSON 文件");
    expect(theirs.profile).toMatchObject({ email, name: "周敏" });
    expect(theirs.memberships).toEqual([expect.objectContaining({ role: "MEMBER" })]);
    expect(theirs.consents.length).toBeGreaterThan(0);
    expect(JSON.stringify(theirs)).not.toContain("merchant@example.com");
    const closure = colleague.getByRole("region", { name: "注销账号" });
    await closure.getByRole("button", { name: "申请注销账号" }).click();
    await expect(closure.getByText("请勾选确认您已知悉账号注销后不可恢复。")).toBeVisible();
    await closure.getByLabel("我已知悉账号注销后不可恢复").check();
    await closure.getByRole("button", { name: "申请注销账号" }).click();
    await expect(closure.getByRole("status")).toContainText(
      /您已于\d{4}年\d{1,2}月\d{1,2}日申请注销账号，商务委将于\d{4}年\d{1,2}月\d{1,2}日前办结。/,
    );
    await expect(closure.getByRole("button", { name: "撤回申请" })).toBeVisible();
    await screenshots(colleague, "account-closure-pending", "section[aria-labelledby=closure-heading]");

    // Staff find it in the queue, under the navigation's link, with its deadline, and complete it.
    const office = await browser.newContext({ storageState: storageStatePath("staff"), locale: "zh-CN" });
    const staff = await office.newPage();
    await staff.goto("/admin");
    await staff
      .getByRole("navigation")
      .getByRole("link", { name: /^注销申请/ })
      .first()
      .click();
    await expectAt(staff, "/admin/closures");
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText("账号注销申请");
    await expect(staff.getByText(/工作日按周一至周五计算/)).toBeVisible();
    const card = staff.getByRole("listitem").filter({ hasText: email });
    await expect(card).toContainText("周敏");
    await expect(card).toContainText("重庆西永云联电子科技有限公司（成员）");
    await expect(card.getByText(/^\d{4}年\d{1,2}月\d{1,2}日/).first()).toBeVisible();
    await screenshots(staff, "closures-queue", "main");
    await card.getByRole("button", { name: "办结并匿名化" }).click();
    await expect(staff.getByText("账号已注销并完成匿名化处理，已通过电子邮件告知申请人。")).toBeVisible();
    await expect(staff.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
    await staff.getByRole("link", { name: "已办结" }).click();
    await expect(staff.getByRole("listitem").filter({ hasText: "已注销用户 Closed account" }).first()).toBeVisible();
    await expect(staff.getByText(/^共 \d+ 项申请$/)).toBeVisible();
    // No request has been rejected in this suite: the empty state says so once, with no count above it.
    await staff.getByRole("link", { name: "已驳回" }).click();
    await expect(staff.getByText("暂无该状态的申请。")).toBeVisible();
    await expect(staff.getByText(/暂无申请|共 \d+ 项申请/)).toHaveCount(0);

    // The colleague's session has ended, and the team no longer lists them.
    await colleague.goto("/account");
    await expectAt(colleague, "/login");
    await page.goto("/merchant/team");
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
    await guest.close();
    await office.close();
  });
});
