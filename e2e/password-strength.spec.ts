import { expect, test } from "@playwright/test";

// OWASP ASVS 2.1.8: a strength meter beside every new password.
test("registration shows how strong the new password is, as it is typed", async ({ page }) => {
  await page.goto("/register");
  const meter = page.getByRole("meter", { name: "强度" });
  const password = page.getByRole("textbox", { name: "密码", exact: true });
  await expect(meter).toHaveAttribute("aria-valuetext", "太短");
  await password.fill("short1");
  await expect(meter).toHaveAttribute("aria-valuetext", "太短");
  await expect(page.getByTestId("password-strength")).toContainText("强度: 太短");
  await password.fill("aaaaaaaaaaaaaaaa");
  await expect(meter).toHaveAttribute("aria-valuetext", "弱");
  await password.fill("Xk9#mQ2!vL7@pR4$wT8&zN1%");
  await expect(meter).toHaveAttribute("aria-valuetext", "很强");
});
