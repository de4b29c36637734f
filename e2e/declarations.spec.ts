import { expect, test, type Page } from "@playwright/test";
import { expectAt, storageStatePath } from "./support/accounts";
import { chooseHsChapter, newCompany, openInQueue, pageAs, signInAfterRegistering } from "./support/merchants";
import { IMPORT_ENDS_WITHIN, importEnded } from "./support/imports";

/** The dashboard headline's exact figure ("精确值：CNY 19,959,700,000.00") in fen. */
async function headlineFen(page: Page): Promise<bigint> {
  return BigInt((await page.getByText(/^精确值：/).innerText()).replace(/[^\d]/g, ""));
}

let serial = 0;
const reference = () => `E2E${Date.now()}${serial++}`;

/** Fills the declaration form; the date defaults to today (Beijing time). */
async function fillDeclaration(
  page: Page,
  values: { mode: string; amount: string; currency: string; country: string; platform?: string; date?: string },
) {
  await page.goto("/merchant/declarations/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建申报");
  if (values.date) await page.getByLabel("申报日期").fill(values.date);
  await page.getByLabel("申报单号").fill(reference());
  await page.getByLabel("监管方式").selectOption(values.mode);
  await page.getByLabel("进出口方向").selectOption("EXPORT");
  await page.getByLabel("目的或来源国家和地区").selectOption(values.country);
  if (values.platform) await page.getByLabel("平台").selectOption({ label: values.platform });
  await page.getByLabel("金额").fill(values.amount);
  await page.getByLabel("币种").selectOption(values.currency);
}

test.describe("cross-border declarations", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("a merchant records a declaration and the staff dashboard total grows by exactly that amount", async ({
    page,
    browser,
  }) => {
    const staff = await pageAs(browser, "staff");
    await staff.goto("/admin");
    const before = await headlineFen(staff);

    await fillDeclaration(page, {
      mode: "9610",
      amount: "12,345.67",
      currency: "CNY",
      country: "US",
      platform: "亚马逊",
    });
    await page.getByRole("button", { name: "提交申报" }).click();
    await expectAt(page, "/merchant/declarations");
    await expect(page.getByText(/^申报已记录，折合CNY\s?12,345\.67。$/)).toBeVisible();
    await expect(page.getByRole("table").getByText(/^E2E/).first()).toBeVisible();

    await staff.reload();
    await expect.poll(() => headlineFen(staff)).toBe(before + 1_234_567n);
    await staff.context().close();
  });

  test("bad input is answered field by field and nothing is recorded", async ({ page }) => {
    await page.goto("/merchant/declarations");
    const count = await page.getByText(/^共[\d,]+笔申报$/).innerText();
    await fillDeclaration(page, { mode: "9810", amount: "12.345", currency: "CNY", country: "US" });
    await page.getByLabel("进出口方向").selectOption("IMPORT");
    await page.getByRole("button", { name: "提交申报" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("请更正下面标出的内容。");
    await expect(page.locator("#direction-error")).toHaveText("9710、9810和1039仅用于出口。");
    await expect(page.locator("#amount-error")).toHaveText("请填写金额，小数位数不超过该币种的最小单位。");
    await expect(page.locator("#platform-error")).toHaveText("请选择平台。");
    await expect(page.getByLabel("金额")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("金额")).toHaveValue("12.345");
    await page.goto("/merchant/declarations");
    await expect(page.getByText(/^共[\d,]+笔申报$/)).toHaveText(count);
  });

  test("market procurement (1039) is refused outside the pilot park, with the reason", async ({ page }) => {
    await fillDeclaration(page, {
      mode: "1039",
      amount: "1000.00",
      currency: "USD",
      country: "KZ",
      date: "2025-06-15",
    });
    await page.getByRole("button", { name: "提交申报" }).click();
    await expect(page.locator("#customsMode-error")).toHaveText("贵企业所在园区不是市场采购贸易试点，不能按1039申报。");
    await expectAt(page, "/merchant/declarations/new");
  });
});

test.describe("market procurement in the pilot park", () => {
  test("a 1039 declaration over 150,000 USD is refused with the reason; one at the cap is recorded", async ({
    page,
    browser,
  }) => {
    const company = newCompany("Longshui");
    await page.goto("/register");
    await page.getByLabel("企业名称（中文）").fill(company.nameZh);
    await page.getByLabel("统一社会信用代码").fill(company.uscc);
    await page.getByLabel("所在园区").selectOption({ label: "大足龙水五金市场" });
    await page.getByRole("group", { name: "销售平台" }).getByLabel("阿里巴巴国际站").check();
    await chooseHsChapter(page, "82");
    await page.getByLabel("联系人").fill("钱五金");
    await page.getByLabel("联系电话").fill("13900002222");
    await page.getByLabel("邮箱").fill(company.email);
    await page.getByLabel("密码").fill(company.password);
    await page.getByLabel("我已阅读并同意隐私政策").check();
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await signInAfterRegistering(page, company);

    const staff = await pageAs(browser, "staff");
    await openInQueue(staff, company.nameZh);
    await staff.getByRole("button", { name: "通过", exact: true }).click();
    await expect(staff.getByText("已通过审核，并已通知企业。")).toBeVisible();
    await staff.context().close();

    await fillDeclaration(page, {
      mode: "1039",
      amount: "150000.01",
      currency: "USD",
      country: "KZ",
      date: "2025-06-15",
    });
    await page.getByRole("button", { name: "提交申报" }).click();
    await expect(page.locator("#amount-error")).toHaveText("市场采购贸易每票不超过15万美元；本票折合约150000.01美元。");
    await expect(page.getByLabel("金额")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("金额").fill("150000.00");
    await page.getByRole("button", { name: "提交申报" }).click();
    await expectAt(page, "/merchant/declarations");
    await expect(page.getByText(/^申报已记录，折合CNY\s?[\d,]+\.\d{2}。$/)).toBeVisible();
    await page.goto("/merchant/declarations?year=2025&mode=1039");
    await expect(page.getByText("共1笔申报")).toBeVisible();
  });
});

async function uploadDeclarations(page: Page, name: string, rows: string[]) {
  const body = ["申报日期,监管方式,贸易方向,国家或地区,金额,币种,平台,商品章节,申报单号", ...rows].join("\n");
  await page.goto("/merchant/declarations/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CSV导入申报");
  await page.getByLabel("CSV文件").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(body) });
  await page.getByRole("button", { name: "上传并导入" }).click();
  await expect(page).toHaveURL(/\/merchant\/declarations\/import\/[^/]+$/);
  await importEnded(page);
}

test.describe("declarations from a CSV file, imported off the request path", () => {
  test.use({ storageState: storageStatePath("merchant") });

  test("a file with a bad row imports nothing and lists the row; a good one imports every row", async ({ page }) => {
    test.setTimeout(2 * IMPORT_ENDS_WITHIN + 60_000);
    const [first, second] = [reference(), reference()];
    await uploadDeclarations(page, "declarations-bad.csv", [
      `2025-03-01,9610,出口,US,100.00,CNY,amazon,85,${first}`,
      `2025-03-02,9710,进口,DE,50.00,CNY,amazon,,${second}`,
    ]);
    await expect(page.getByText(/^文件中有1处问题，未导入任何数据。/)).toBeVisible();
    const problem = page.getByRole("table").getByRole("row").filter({ hasText: "贸易方向" });
    await expect(problem.getByRole("cell")).toHaveText(["3", "贸易方向", "9710、9810和1039仅用于出口。", "进口"]);

    // The same references again: had the first file written its good row, this one would be refused as a duplicate.
    await uploadDeclarations(page, "declarations-good.csv", [
      `2025-03-01,9610,出口,US,100.00,CNY,amazon,85,${first}`,
      `2025-03-02,9710,出口,DE,50.00,CNY,amazon,,${second}`,
    ]);
    await expect(page.getByText("导入完成：共写入2行。")).toBeVisible();
    await page.getByRole("link", { name: "返回申报列表" }).click();
    await expectAt(page, "/merchant/declarations");
  });
});
