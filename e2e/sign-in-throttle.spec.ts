import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAt, signIn } from "./support/accounts";

// LOGIN_MAX_ATTEMPTS_PER_PAIR (10 by default) failures from one address on one account.
const PAIR_LIMIT = 10;

test("one address guessing one account is refused with a clear message; the right account still gets in", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const guessed = "throttle.target@example.com";
  for (let i = 0; i < PAIR_LIMIT; i++) {
    await signIn(page, guessed, `wrong guess ${i}`);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("邮箱或密码不正确。");
  }
  await signIn(page, guessed, "wrong guess again");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("登录尝试次数过多，请几分钟后再试。");
  await expectAt(page, "/login");
  // Only that pair is refused: the same browser signs in to another account.
  await signIn(page, ACCOUNTS.staff.email);
  await expectAt(page, ACCOUNTS.staff.home);
});
