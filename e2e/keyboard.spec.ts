import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_TOTP_SECRET, freshTotpCode, PASSWORD } from "./support/accounts";
import { createEventToday } from "./support/events-db";
import { newCompany, wrongCheckDigit } from "./support/merchants";
import { codePrefix } from "./support/skus";

// Issue 17: the main tasks by keyboard alone — Tab, Shift+Tab, Enter, Space,
// arrow keys and typing; no mouse, no element.click(), no fill(). Each step
// also checks that focus lands where the task needs it next, and that the
// focused element shows the focus ring.
//
// Registration is walked to the end: refused once on a wrong USCC check
// digit (the error field takes the focus), corrected, sent, and the new
// owner signs in to follow the review. The e2e server allows 100
// registrations an hour (REGISTER_LIMIT_PER_HOUR in scripts/e2e-server.mjs).

/** What has the focus: its tag, and its label or text, for failure messages. */
function focusedDescription(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "(body)";
    const labelled = el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent;
    return `<${el.tagName.toLowerCase()}> ${(labelled ?? el.textContent ?? "").trim().slice(0, 40)}`;
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, at most
 * `max` times, and returns how many presses it took; fails with the path
 * the focus took instead.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  await expect(target).toBeVisible();
  const path: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusRing(target);
      return presses;
    }
    path.push(await focusedDescription(page));
  }
  throw new Error(`Not reached in ${max} presses of ${back ? "Shift+Tab" : "Tab"}; focus went ${path.join(" → ")}`);
}

/** The next press of Tab (or Shift+Tab) moves the focus to `target`, and nowhere else first. */
async function nextIs(page: Page, target: Locator, back = false) {
  expect(await tabTo(page, target, { back, max: 1 })).toBe(1);
}

/** The focused element shows the focus ring (app/globals.css :focus-visible). */
async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return el.matches(":focus-visible") && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  });
  expect(ring, "the focused element shows a focus ring").toBe(true);
}

/**
 * Signs in on /login by keyboard: the skip link first, then the fields in
 * order; the demo staff and operator (second factor on) also type their code.
 */
async function signInByKeyboard(
  page: Page,
  email: string,
  { password = PASSWORD, secondFactor = email !== "merchant@example.com" } = {},
) {
  await page.goto("/login");
  await nextIs(page, page.getByRole("link", { name: "跳到主要内容" }));
  await page.keyboard.press("Enter");
  await nextIs(page, page.getByLabel("邮箱"));
  await page.keyboard.type(email);
  await nextIs(page, page.getByLabel("密码", { exact: true }));
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  if (secondFactor) {
    // The code field takes the focus by itself.
    const code = page.getByLabel("验证码");
    await expect(code).toBeFocused();
    await page.keyboard.type(await freshTotpCode(DEMO_TOTP_SECRET, email));
    await page.keyboard.press("Enter");
  }
}

test.describe("by keyboard alone", () => {
  test.use({ storageState: { cookies: [], origins: [] }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });

  test("a merchant signs in, adds a SKU with a market and a platform, and signs up for an event; staff sign in and check the attendee in by code and by name", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await signInByKeyboard(page, "merchant@example.com");
    await expect(page).toHaveURL(/\/merchant$/);

    // A SKU, from the home's quick action to the saved list.
    const code = codePrefix("KB-");
    await tabTo(page, page.getByRole("main").getByRole("link", { name: "新增SKU" }), { max: 60 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/merchant\/skus\/new$/);
    await tabTo(page, page.getByLabel("SKU编码"), { max: 60 });
    await page.keyboard.type(code);
    await nextIs(page, page.getByLabel("HS编码"));
    await page.keyboard.type("8518300000");
    await nextIs(page, page.getByLabel("中文名称"));
    await page.keyboard.type("键盘测试耳机");
    await nextIs(page, page.getByLabel("英文名称"));
    await nextIs(page, page.getByLabel("原产国（地区）"));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByLabel("原产国（地区）")).not.toHaveValue("");
    await nextIs(page, page.getByLabel("单件重量（克）"));
    await page.keyboard.type("55");
    await nextIs(page, page.getByLabel("低库存提醒（件）"));
    await nextIs(page, page.getByLabel("单价"));
    await page.keyboard.type("88.00");
    await nextIs(page, page.getByLabel("币种"));
    const stock = page.getByLabel("西永综合保税区跨境电商保税仓（一号库）", { exact: true });
    await nextIs(page, stock);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("30");
    // The markets' search box: type, arrow to the option, Enter to add it.
    await tabTo(page, page.getByLabel("搜索国家或地区"));
    await page.keyboard.type("冰岛");
    const iceland = page.getByRole("listbox").getByRole("option", { name: "冰岛", exact: true });
    await expect(iceland).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByText("已选1个国家或地区")).toBeVisible();
    await page.keyboard.press("Escape");
    const amazon = page.getByRole("group", { name: "上架平台" }).getByLabel("亚马逊");
    await tabTo(page, amazon);
    await page.keyboard.press("Space");
    await expect(amazon).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "保存", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/merchant\/skus\?/);
    await expect(page.getByText(`商品 ${code} 已保存。`)).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: code }) });
    await expect(row).toContainText("冰岛");

    // An event held today: name the attendee, tick the consents, send, and open the ticket.
    const run = Date.now().toString(36);
    const event = createEventToday({ zh: `键盘报名测试对接会${run}`, en: `Keyboard signup test ${run}` });
    await page.goto(`/events/${event.slug}`);
    await tabTo(page, page.getByLabel("第1位参会人员姓名"), { max: 60 });
    await page.keyboard.type("键盘签到");
    const consents = page.getByRole("checkbox", { name: /我已阅读并同意隐私政策|告知/ });
    for (const consent of await consents.all()) {
      await tabTo(page, consent);
      await page.keyboard.press("Space");
      await expect(consent).toBeChecked();
    }
    await tabTo(page, page.getByRole("button", { name: "提交报名" }));
    await page.keyboard.press("Space");
    await expect(page.getByText("报名成功：1个席位。")).toBeVisible();
    await tabTo(page, page.getByRole("link", { name: "门票", exact: true }), { max: 60 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/merchant/events/${event.id}/tickets$`));
    const ticketCode = (await page.locator("[data-ticket-code]").getAttribute("data-ticket-code"))!;

    // Staff at the door: sign in with the code step, type the ticket code, then undo and redo by name.
    const door = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "zh-CN" });
    const staff = await door.newPage();
    await signInByKeyboard(staff, "staff@example.com");
    await expect(staff).toHaveURL(/\/admin$/);
    await staff.goto(`/admin/events/${event.id}/check-in`);
    await tabTo(staff, staff.getByRole("textbox", { name: "票号" }), { max: 60 });
    await staff.keyboard.type(ticketCode);
    await staff.keyboard.press("Enter");
    await expect(staff.getByRole("status").getByText(/^键盘签到（.+）签到成功。$/)).toBeVisible();
    await expect(staff.getByRole("textbox", { name: "票号" })).toBeFocused();

    // The list: search by name, Tab to the person's button; Enter undoes, Space checks in again.
    await tabTo(staff, staff.getByLabel("搜索参会人或企业"));
    await staff.keyboard.type("键盘签到");
    const undo = staff.getByRole("button", { name: /^撤销键盘签到（/ });
    await nextIs(staff, undo);
    await staff.keyboard.press("Enter");
    const checkIn = staff.getByRole("button", { name: /^为键盘签到（/ });
    await expect(checkIn).toBeVisible();
    // The focus stays on the person's button, so the next key acts on the same row.
    await expect(checkIn).toBeFocused();
    await staff.keyboard.press("Space");
    await expect(staff.getByText(/^已签到1人，共1人/)).toBeVisible();
    await expect(undo).toBeFocused();
    await door.close();
  });

  test("a company registers by keyboard: the form field by field in order, its error reached and corrected, then the owner signs in", async ({
    page,
  }) => {
    const company = newCompany("Keyboard");
    await page.goto("/register");
    await nextIs(page, page.getByRole("link", { name: "跳到主要内容" }));
    await page.keyboard.press("Enter");
    const nameZh = page.getByLabel("企业名称（中文）");
    await tabTo(page, nameZh, { max: 3 });
    await page.keyboard.type(company.nameZh);
    const uscc = page.getByLabel("统一社会信用代码");
    await tabTo(page, uscc, { max: 2 });
    await page.keyboard.type(wrongCheckDigit(company.uscc));
    // Back and forth: Shift+Tab leaves the code for the field before it.
    await nextIs(page, page.getByLabel("企业名称（英文）"), true);
    await nextIs(page, uscc);
    const park = page.getByLabel("所在园区");
    await nextIs(page, park);
    // A closed select moves through its options with the arrow keys.
    await page.keyboard.press("ArrowDown");
    await expect(park).not.toHaveValue("");
    const platforms = page.getByRole("group", { name: "销售平台" });
    await nextIs(page, platforms.getByRole("checkbox").first());
    await page.keyboard.press("Space");
    await expect(platforms.getByRole("checkbox").first()).toBeChecked();
    // The HS chapter picker: type, the first match is active, Enter adds it.
    const chapters = page.getByRole("group", { name: "主营商品类别" });
    await tabTo(page, chapters.getByRole("combobox", { name: "搜索HS章" }), { max: 60 });
    await page.keyboard.type("85");
    await page.keyboard.press("Enter");
    await expect(chapters.getByRole("list", { name: "已选章" }).getByRole("listitem")).toHaveCount(1);
    await tabTo(page, page.getByLabel("联系人"));
    await page.keyboard.type("键盘测试");
    await nextIs(page, page.getByLabel("联系电话"));
    await page.keyboard.type("13900001111");
    await tabTo(page, page.getByLabel("邮箱"), { max: 3 });
    await page.keyboard.type(company.email);
    await tabTo(page, page.getByRole("textbox", { name: "密码", exact: true }), { max: 3 });
    await page.keyboard.type(company.password);
    const consent = page.getByRole("checkbox", { name: /我已阅读并同意隐私政策/ });
    await tabTo(page, consent);
    await page.keyboard.press("Space");
    await expect(consent).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "注册", exact: true }), { max: 6 });
    await page.keyboard.press("Enter");

    // Refused on its wrong check digit: the first field in error takes the focus, and names its error.
    await expect(uscc).toHaveAttribute("aria-invalid", "true");
    await expect(uscc).toBeFocused();
    await expect(page.locator("#uscc-error")).toHaveText("校验码（最后一位）不正确，请核对代码。");
    await expect(uscc).toHaveAttribute("aria-describedby", /uscc-error/);
    // What was typed is kept, so the keyboard user corrects only the code.
    await expect(nameZh).toHaveValue(company.nameZh);

    // Corrected where the focus already is, then sent again with the keyboard.
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(company.uscc);
    await expect(uscc).toHaveValue(company.uscc);
    const password = page.getByRole("textbox", { name: "密码", exact: true });
    // The password is never sent back to the browser, so it is typed again; the consent stays ticked.
    await expect(password).toHaveValue("");
    await tabTo(page, password, { max: 40 });
    await page.keyboard.type(company.password);
    await expect(consent).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "注册", exact: true }), { max: 6 });
    await page.keyboard.press("Enter");

    // Sent: the inbox page, whose link to sign in is reached and followed by keyboard.
    await expect(page).toHaveURL(/\/register\/sent$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("请查收邮件");
    await tabTo(page, page.getByRole("main").getByRole("link", { name: "前往登录" }), { max: 60 });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await signInByKeyboard(page, company.email, { password: company.password, secondFactor: false });
    await expect(page).toHaveURL(/\/merchant\/status$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("您的注册正在审核中");
  });
});
