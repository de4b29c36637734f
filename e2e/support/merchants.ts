import { expect, type Browser, type Page } from "@playwright/test";
import { usccCheckChar } from "../../lib/validation/uscc";
import { expectAt, signIn, storageStatePath, type AccountName } from "./accounts";

let counter = 0;

/** A fresh, valid USCC and email for each registration in a run. */
export function newCompany(label: string) {
  const stamp = `${Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, "X")}${counter++}`
    .slice(-7)
    .padStart(7, "0");
  const first17 = `91500106MA${stamp}`.replace(/[IOSVZ]/g, "X");
  return {
    nameZh: `重庆${label}跨境电商有限公司${counter}`,
    uscc: first17 + usccCheckChar(first17),
    email: `${label.toLowerCase()}-${Date.now()}-${counter}@example.com`,
    password: "e2e passphrase for tests",
  };
}

export function wrongCheckDigit(uscc: string) {
  const last = uscc.at(-1) === "0" ? "1" : "0";
  return uscc.slice(0, 17) + last;
}

/** Fills the registration form as a new user would, in Chinese. */
export async function fillRegistration(page: Page, company: ReturnType<typeof newCompany>, uscc = company.uscc) {
  await page.getByLabel("企业名称（中文）").fill(company.nameZh);
  await page.getByLabel("统一社会信用代码").fill(uscc);
  await page.getByLabel("所在园区").selectOption({ label: "西永微电子产业园区" });
  const platforms = page.getByRole("group", { name: "销售平台" });
  await platforms.getByLabel("淘宝").check();
  await platforms.getByLabel("亚马逊").check();
  await chooseHsChapter(page, "85");
  await page.getByLabel("联系人").fill("赵测试");
  await page.getByLabel("联系电话").fill("13900001111");
  await page.getByLabel("邮箱").fill(company.email);
  await page.getByLabel("密码").fill(company.password);
  await page.getByLabel("我已阅读并同意隐私政策").check();
}

/** Picks an HS chapter in the registration or profile form's search box, as a user would. */
export async function chooseHsChapter(page: Page, code: string) {
  const field = page.getByRole("group", { name: "主营商品类别" });
  await field.getByRole("combobox").fill(code);
  await field
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(`^${code} `) })
    .click();
}

export async function registerCompany(page: Page, company: ReturnType<typeof newCompany>) {
  await page.goto("/register");
  await fillRegistration(page, company);
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await signInAfterRegistering(page, company);
}

/**
 * After the form: the same "check your inbox" page for every registration
 * (no one is signed in by it), then the new owner signs in to follow the review.
 */
export async function signInAfterRegistering(page: Page, company: ReturnType<typeof newCompany>) {
  await expectAt(page, "/register/sent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("请查收邮件");
  await page.getByRole("link", { name: "前往登录" }).click();
  await expectAt(page, "/login");
  await signIn(page, company.email, company.password);
  await expect(page).toHaveURL(/\/merchant\/status$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您的注册正在审核中");
}

/** A page signed in as a demo account, in its own browser context. */
export async function pageAs(browser: Browser, account: AccountName) {
  const context = await browser.newContext({ storageState: storageStatePath(account), locale: "zh-CN" });
  return context.newPage();
}

/** Opens a merchant from the staff review queue, found by its Chinese name. */
export async function openInQueue(page: Page, nameZh: string, status = "PENDING") {
  await page.goto(`/admin/merchants?status=${status}`);
  await page.getByLabel("名称或统一社会信用代码").fill(nameZh);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await page.getByRole("link", { name: nameZh, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nameZh);
}
