import { expect, test } from "@playwright/test";
import { expectAt, signIn } from "./support/accounts";
import {
  fillRegistration,
  newCompany,
  openInQueue,
  pageAs,
  registerCompany,
  signInAfterRegistering,
  wrongCheckDigit,
} from "./support/merchants";

test.describe("merchant registration and review", () => {
  test("a new company registers, is refused a wrong check digit, waits, and is approved", async ({ page, browser }) => {
    const company = newCompany("Approve");
    await page.goto("/");
    await page.getByRole("link", { name: "企业注册入驻" }).click();
    await expectAt(page, "/register");

    await fillRegistration(page, company, wrongCheckDigit(company.uscc));
    await page.getByRole("button", { name: "注册", exact: true }).click();
    const uscc = page.getByLabel("统一社会信用代码");
    await expect(uscc).toHaveAttribute("aria-invalid", "true");
    // The error sits next to the field, and the field points at it.
    await expect(page.locator("#uscc-error")).toHaveText("校验码（最后一位）不正确，请核对代码。");
    await expect(uscc).toHaveAttribute("aria-describedby", /uscc-error/);
    // What was typed is kept, except the password.
    await expect(page.getByLabel("企业名称（中文）")).toHaveValue(company.nameZh);
    await expect(page.getByLabel("密码")).toHaveValue("");

    await uscc.fill(company.uscc);
    await page.getByLabel("密码").fill(company.password);
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await signInAfterRegistering(page, company);
    await page.goto("/merchant");
    await expectAt(page, "/merchant/status");

    const staff = await pageAs(browser, "staff");
    await staff.goto("/admin");
    await expect(staff.getByRole("link", { name: /企业审核/ })).toBeVisible();
    await openInQueue(staff, company.nameZh);
    await expect(staff.getByText(company.uscc)).toBeVisible();
    await staff.getByRole("button", { name: "通过", exact: true }).click();
    await expect(staff.getByText("已通过审核，并已通知企业。")).toBeVisible();
    await staff.context().close();

    await page.goto("/merchant");
    await expectAt(page, "/merchant");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(company.nameZh);
    await page.getByRole("link", { name: /^通知/ }).click();
    await expect(page.getByText("您的注册已通过审核")).toBeVisible();
  });

  test("a rejected company sees the reason", async ({ page, browser }) => {
    const company = newCompany("Reject");
    await registerCompany(page, company);
    const staff = await pageAs(browser, "staff");
    await openInQueue(staff, company.nameZh);
    const rejectForm = staff.locator("form").filter({ has: staff.getByRole("button", { name: "不予通过" }) });
    await rejectForm.getByRole("button", { name: "不予通过" }).click();
    await expect(rejectForm.getByText("请填写原因，企业将看到该说明。")).toBeVisible();
    await rejectForm.getByLabel("原因（企业可见）").fill("经营范围不含跨境电商业务");
    await rejectForm.getByRole("button", { name: "不予通过" }).click();
    await expect(staff.getByText("已不予通过，并已通知企业。")).toBeVisible();
    await staff.context().close();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("您的注册未获通过");
    await expect(page.getByText("经营范围不含跨境电商业务").first()).toBeVisible();
  });

  test("revisions are requested, the company corrects its details and resubmits", async ({ page, browser }) => {
    const company = newCompany("Revise");
    await registerCompany(page, company);
    const staff = await pageAs(browser, "staff");
    await openInQueue(staff, company.nameZh);
    const form = staff.locator("form").filter({ has: staff.getByRole("button", { name: "要求补正" }) });
    await form.getByLabel("需要企业修改的内容（企业可见）").fill("请填写企业英文名称");
    await form.getByRole("button", { name: "要求补正" }).click();
    await expect(staff.getByText("已要求补正，并已通知企业。")).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("请补正注册信息");
    await expect(page.getByText("请填写企业英文名称").first()).toBeVisible();
    await page.getByLabel("企业名称（英文）").fill("Chongqing Revise Cross-border Co., Ltd.");
    await page.getByRole("button", { name: "重新提交审核" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("您的注册正在审核中");

    await openInQueue(staff, company.nameZh);
    await expect(staff.getByText("Chongqing Revise Cross-border Co., Ltd.")).toBeVisible();
    await expect(staff.getByText("补正后重新提交")).toBeVisible();
    await staff.context().close();
  });

  test("a suspended company cannot reach the merchant area, and is reinstated", async ({ page, browser }) => {
    const company = newCompany("Suspend");
    await registerCompany(page, company);
    const staff = await pageAs(browser, "staff");
    await openInQueue(staff, company.nameZh);
    await staff.getByRole("button", { name: "通过", exact: true }).click();
    await expect(staff.getByText("已通过审核，并已通知企业。")).toBeVisible();
    await staff.reload();
    await staff.getByLabel("暂停原因（企业可见）").fill("连续三个月未申报");
    await staff.getByRole("button", { name: "暂停", exact: true }).click();
    await expect(staff.getByText("已暂停该企业，并已通知企业。")).toBeVisible();

    // Signing in again lands on the suspension notice, not the merchant area.
    await page.context().clearCookies();
    await signIn(page, company.email, company.password);
    await expectAt(page, "/merchant/status");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("您的企业账户已暂停");
    await expect(page.getByText("连续三个月未申报").first()).toBeVisible();
    await page.goto("/merchant");
    await expectAt(page, "/merchant/status");

    await staff.reload();
    await staff.getByRole("button", { name: "恢复", exact: true }).click();
    await expect(staff.getByText("已恢复该企业，并已通知企业。")).toBeVisible();
    await staff.context().close();
    await page.goto("/merchant");
    await expectAt(page, "/merchant");
  });

  test("a park operator gets 404 for another park's merchant", async ({ browser }) => {
    const staff = await pageAs(browser, "staff");
    await staff.goto("/admin/merchants?status=ALL&park=");
    // Pick a merchant outside Xiyong from the staff queue.
    await staff.getByLabel("园区").selectOption({ label: "大足龙水五金市场" });
    await staff.getByRole("button", { name: "筛选" }).click();
    // The first merchant's link in the table's body (the header's links sort the list).
    const href = await staff.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href");
    expect(href).toMatch(/^\/admin\/merchants\/.+/);
    await staff.context().close();

    const operator = await pageAs(browser, "operator");
    const res = await operator.goto(href!);
    expect(res?.status()).toBe(404);
    await expect(operator.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await expect(operator.getByText("大足龙水五金市场")).toHaveCount(0);
    // Its own queue shows Xiyong merchants only, and no park filter.
    await operator.goto("/admin/merchants?status=ALL");
    await expect(operator.getByLabel("园区")).toHaveCount(0);
    await expect(operator.getByRole("table").getByText("西永微电子产业园区").first()).toBeVisible();
    await operator.context().close();
  });
});
