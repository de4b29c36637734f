import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAt, storageStatePath } from "./support/accounts";

/** The headline's compact figure in 亿元 ("199.6亿元" → 199.6). */
async function headlineYi(page: Page, title: string): Promise<number> {
  const headline = page.getByRole("region", { name: title });
  const text = await headline
    .getByText(/^[\d,.]+亿元$/)
    .first()
    .innerText();
  return Number(text.replace(/[,亿元]/g, ""));
}

test.describe("the commission dashboard", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("staff see 2023 at about 20 billion CNY; no goal covers 2023, so the 2025 result is shown", async ({ page }) => {
    await page.goto("/admin?year=2023");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("总览");
    await expect(page.getByLabel("年份")).toHaveValue("2023");
    const yi = await headlineYi(page, "2023年跨境电商进出口额");
    // 2.0 × 10^10 CNY, within 2%.
    expect(yi).toBeGreaterThanOrEqual(196);
    expect(yi).toBeLessThanOrEqual(204);
    const headline = page.getByRole("region", { name: "2023年跨境电商进出口额" });
    await expect(headline.getByText("2023年没有对应的进出口额目标。")).toBeVisible();
    await expect(headline.getByText("最近一期目标结果")).toBeVisible();
    await expect(headline.getByText("未实现", { exact: true })).toBeVisible();
    await expect(headline.getByText("无法计算同比：2022年同期没有数据。")).toBeVisible();
    await expect(headline.getByText("数据来源：官方统计。")).toBeVisible();
    await expect(headline.getByText("进度落后")).toHaveCount(0);
    // No figures for 2022: the tables say so and show "—", never 0.
    const zones = page.getByRole("region", { name: "各示范区" });
    await expect(zones.getByText("2022年没有数据：同期和同比两栏显示“—”。")).toBeVisible();
    await expect(zones.getByRole("cell", { name: /^0\.?0?元$/ })).toHaveCount(0);
    // The counts and the breakdowns are there, each with its CSV export.
    await expect(page.getByText("有申报的国家和地区（2023年1月至2023年12月）", { exact: true })).toBeVisible();
    for (const table of [
      "各示范区",
      "园区排名",
      "按监管方式",
      "按进出口方向",
      "主要市场（前10位及其他）",
      "企业排名（前10位）",
    ]) {
      const region = page.getByRole("region", { name: table });
      await expect(region.getByRole("table")).toBeVisible();
      await expect(region.getByRole("link", { name: `导出CSV：${table}` })).toBeVisible();
    }
    await expect(page.getByRole("img", { name: "2023年各国家和地区的申报额分布图" })).toBeVisible();
  });

  test("the year is kept in the URL, and 2025 shows the goal missed", async ({ page }) => {
    await page.goto("/admin");
    await page.getByLabel("年份").selectOption("2025");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/[?&]year=2025/);
    const headline = page.getByRole("region", { name: "2025年跨境电商进出口额" });
    await expect(headline.getByText("未实现", { exact: true })).toBeVisible();
    await expect(headline.getByText(/^同比\+\d+(\.\d)?%/)).toBeVisible();
  });

  test("filtering by zone changes the figures", async ({ page }) => {
    await page.goto("/admin?year=2023");
    const title = "2023年跨境电商进出口额";
    const city = await headlineYi(page, title);
    await page.getByLabel("示范区", { exact: true }).selectOption({ label: "大足跨境电子商务示范区" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/[?&]zone=/);
    await expect.poll(() => headlineYi(page, title)).not.toBe(city);
    const zone = await headlineYi(page, title);
    expect(zone).toBeGreaterThan(0);
    expect(zone).toBeLessThan(city / 2);
    // Only that zone's row, and only its parks.
    await expect(page.getByRole("region", { name: "各示范区" }).getByRole("row")).toHaveCount(2);
    const parks = page.getByRole("region", { name: "园区排名" });
    await expect(parks.getByRole("row")).toHaveCount(3);
    await expect(parks.getByText("大足龙水五金市场", { exact: true })).toBeVisible();
    await expect(parks.getByText("西永微电子产业园区", { exact: true })).toHaveCount(0);
  });

  test("a table downloads as CSV with the same filters", async ({ page }) => {
    await page.goto("/admin?year=2023");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出CSV：园区排名" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("cbec-parks-2023.csv");
    const text = readFileSync((await file.path())!, "utf8");
    expect(text.startsWith("\uFEFF排名,园区,示范区,")).toBe(true);
    expect(text).toContain("西永微电子产业园区");
    expect(text.trim().split("\r\n")).toHaveLength(11);
  });

  test("the charts' data table shows every month's figures once opened", async ({ page }) => {
    await page.goto("/admin?year=2023");
    const charts = page.getByRole("region", { name: /^累计进出口额/ });
    const table = charts.getByRole("table", { name: "月度数据" });
    // Folded away, its rows are not in the page until asked for: only its header row is.
    await expect(charts.getByRole("row", { includeHidden: true })).toHaveCount(1);
    await charts.getByText("查看数据表").click();
    const january = table.getByRole("row", { name: /^2023年1月/ });
    await expect(january).toBeVisible();
    await expect(january.getByRole("cell", { name: "官方统计" })).toBeVisible();
    // Each column names its unit once, in its header; its cells are bare figures (issue 12).
    await expect(table.getByRole("columnheader", { name: /^当月实际（亿元）$/ })).toBeVisible();
    await expect(january.getByRole("cell", { name: /^[\d.,]+$/ }).first()).toBeVisible();
    // One row a month from January 2023, beneath the header row.
    expect(await table.getByRole("row").count()).toBeGreaterThan(1 + 36);
  });

  test("prints without the filters and links", async ({ page }) => {
    await page.goto("/admin?year=2023");
    await expect(page.getByRole("form", { name: "筛选条件" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: "筛选条件" })).toBeHidden();
    await expect(page.getByRole("link", { name: "导出CSV：园区排名" })).toBeHidden();
    await expect(page.getByRole("region", { name: "2023年跨境电商进出口额" })).toBeVisible();
  });
});

/** The one percentage of the 70 billion CNY goal as a screen shows it ("68.6%" → 68.6). */
function percentIn(text: string): number {
  const match = /(\d+(?:\.\d)?)%/.exec(text);
  if (!match) throw new Error(`no percentage in ${text}`);
  return Number(match[1]);
}

test.describe("one percentage per goal", () => {
  test.use({ storageState: storageStatePath("staff") });

  test("the headline, the goal card and the landing page agree, in Chinese and in English", async ({ page }) => {
    const screens = {
      "zh-CN": {
        headline: "2025年跨境电商进出口额",
        goals: "发展目标",
        goal: "跨境电商进出口额超过700亿元",
        landing: "进出口额目标",
        share: "完成比例",
      },
      en: {
        headline: "Cross-border e-commerce imports and exports, 2025",
        goals: "Goals",
        goal: "Cross-border e-commerce imports and exports of over 70 billion CNY",
        landing: "The volume goal",
        share: "Share of the target",
      },
    };
    const seen: number[] = [];
    for (const locale of ["zh-CN", "en"] as const) {
      const s = screens[locale];
      await page.goto("/admin?year=2025");
      if (locale === "en") {
        await page.getByRole("button", { name: "English" }).click();
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
      }
      const headline = page.getByRole("region", { name: s.headline });
      const share = headline.getByRole("definition").filter({ hasText: /^\d+(\.\d)?%$/ });
      await expect(headline.getByText(s.share)).toBeVisible();
      const headlinePercent = percentIn(await share.first().innerText());
      const card = page.getByRole("region", { name: s.goals }).getByRole("listitem").filter({ hasText: s.goal });
      // textContent: the card may be below the first screen, not yet laid out (content-visibility: auto).
      const cardPercent = percentIn((await card.getByText(/\d%/).last().textContent()) ?? "");
      await page.goto("/");
      const landingPercent = percentIn(await page.getByRole("group", { name: s.landing }).innerText());
      expect(cardPercent, locale).toBe(headlinePercent);
      expect(landingPercent, locale).toBe(headlinePercent);
      seen.push(headlinePercent);
    }
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[1]).toBe(seen[0]);
  });
});

test.describe("a park operator's dashboard", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("shows its own park only, even when the URL asks for a zone", async ({ page }) => {
    await page.goto("/admin?zone=anything&year=2024");
    await expectAt(page, "/admin");
    await expect(page.getByText("所属园区：西永微电子产业园区")).toBeVisible();
    await expect(page.getByLabel("示范区", { exact: true })).toHaveCount(0);
    const parks = page.getByRole("region", { name: "园区排名" });
    await expect(parks.getByRole("row")).toHaveCount(2);
    await expect(parks.getByText("西永微电子产业园区", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "各示范区" })).toHaveCount(0);
    await expect(page.getByText("当前范围未设定进出口额目标（目标按全市或示范区、全部监管方式设定）。")).toBeVisible();
  });
});
