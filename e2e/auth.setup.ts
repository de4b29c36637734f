import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, expectAt, signIn, storageStatePath, type AccountName } from "./support/accounts";

// Each demo account signs in through the form and lands on its own home;
// the signed-in state is saved for the specs that act as that account.
for (const name of Object.keys(ACCOUNTS) as AccountName[]) {
  setup(`${name} signs in and lands on ${ACCOUNTS[name].home}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[name].email);
    await expectAt(page, ACCOUNTS[name].home);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.context().storageState({ path: storageStatePath(name) });
  });
}
