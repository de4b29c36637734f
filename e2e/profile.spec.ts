import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/accounts";

// Only the contact phone changes here: other specs rely on the demo merchant
// keeping its name and code, and so staying approved.
test.describe("the company profile", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("the owner changes the contact phone, and a bad one is refused next to the field", async ({ page }) => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    // Kept in E.164 and shown in the national form on a Chinese page: "139 1234 5678".
    const shown = `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
    await page.goto("/merchant/profile");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("企业资料");
    await expect(page.getByLabel("企业名称（中文）")).toHaveValue("重庆西永云联电子科技有限公司");
    await expect(page.getByText(/修改企业名称或统一社会信用代码后，企业需重新审核/)).toBeVisible();

    const field = page.getByLabel("联系电话");
    await field.fill(phone);
    await page.getByRole("button", { name: "保存资料" }).click();
    await expect(page.getByRole("status").filter({ hasText: "企业资料已保存。" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("联系电话")).toHaveValue(shown);

    await page.getByLabel("联系电话").fill("12345");
    await page.getByRole("button", { name: "保存资料" }).click();
    const refused = page.getByLabel("联系电话");
    await expect(refused).toHaveAttribute("aria-invalid", "true");
    await expect(refused).toHaveAccessibleDescription("请输入11位手机号码或带区号的固定电话。");
    // What was typed stays in the field; nothing was saved.
    await expect(refused).toHaveValue("12345");
    await page.reload();
    await expect(page.getByLabel("联系电话")).toHaveValue(shown);
  });
});
