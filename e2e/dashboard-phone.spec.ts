import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./support/accounts";

// Issue 12: the dashboard on a 390 px phone, in Chinese and in English, and its tables at 1280 px in English.

const PHONE = { width: 390, height: 844 };
const LOCALES = ["zh-CN", "en"] as const;
type Locale = (typeof LOCALES)[number];

async function open(page: Page, path: string, locale: Locale) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Cards below the first screen are laid out only when they come near it (content-visibility: auto):
  // lay them all out, as a reader who scrolls down the page does.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>("main *")) {
      if (getComputedStyle(el).contentVisibility === "auto") el.style.contentVisibility = "visible";
    }
  });
}

/** The page's width beyond the viewport, with what reaches furthest right; null when it fits. */
function pageOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const width = document.documentElement.scrollWidth;
    if (width <= viewport) return null;
    let widest = "";
    let right = 0;
    const scrolled = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll("body *")) {
      if (scrolled(el)) continue;
      const r = el.getBoundingClientRect().right;
      if (r > right) [right, widest] = [r, `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`];
    }
    return `${width} px wide in ${viewport} px; furthest right: ${widest} at ${Math.round(right)} px`;
  });
}

/**
 * The smallest text drawn in the page's charts and map, in CSS pixels as rendered: the font size times the
 * scale of any SVG the text sits in (a viewBox drawn narrower than itself shrinks its text).
 */
function smallestChartText(page: Page) {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: "" };
    for (const figure of document.querySelectorAll("main figure")) {
      for (const el of figure.querySelectorAll("*")) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!own || el.closest("title, desc, details, .sr-only")) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        let scale = 1;
        const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
        if (svg && svg.viewBox.baseVal?.width) {
          const drawn = svg.getBoundingClientRect();
          scale = Math.min(drawn.width / svg.viewBox.baseVal.width, drawn.height / svg.viewBox.baseVal.height);
        }
        const size = parseFloat(getComputedStyle(el).fontSize) * scale;
        if (size < smallest.size) smallest = { size, text: el.textContent!.trim().slice(0, 30) };
      }
    }
    return smallest;
  });
}

async function scrollRegionViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(["scrollable-region-focusable"]).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

test.describe("the staff dashboard on a phone", () => {
  test.use({ storageState: storageStatePath("staff"), viewport: PHONE });

  for (const locale of LOCALES) {
    test(`no view is wider than a 390 px screen, charts read at 11 px or more, in ${locale}`, async ({ page }) => {
      await open(page, "/admin", locale);
      const zone = await page.locator("#f-zone option").nth(1).getAttribute("value");
      for (const path of ["/admin", `/admin?zone=${zone}`, "/admin?mode=9610", "/admin?year=2023"]) {
        await open(page, path, locale);
        expect(await pageOverflow(page), path).toBeNull();
        const text = await smallestChartText(page);
        expect(text.size, `${path}: "${text.text}"`).toBeGreaterThanOrEqual(11);
        expect(await scrollRegionViolations(page), path).toEqual([]);
      }
      // The wide tables scroll inside their cards, in a region a keyboard can reach and scroll.
      const parks = page.getByRole("region", {
        name: locale === "en" ? "Parks ranked, scrolls sideways" : "园区排名（可左右滚动）",
      });
      await expect(parks).toHaveAttribute("tabindex", "0");
      expect(await parks.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    });
  }

  test("the map's inset label covers no circle in English", async ({ page }) => {
    await open(page, "/admin", "en");
    const map = page.getByRole("img", { name: /^Map of declared volume by country and region/ });
    const label = page.getByText("South China Sea Islands", { exact: true });
    const box = (await label.boundingBox())!;
    const figure = (await page.locator("figure").filter({ has: map }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(figure.x + figure.width);
    // Both in the viewport's coordinates, as boundingBox() gives them.
    const circles = await map.locator("circle").evaluateAll((all) =>
      all.map((c) => {
        const { x, y, width, height } = c.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
    expect(circles.length).toBeGreaterThan(10);
    const overlapping = circles.filter(
      (c) => c.x < box.x + box.width && box.x < c.x + c.width && c.y < box.y + box.height && box.y < c.y + c.height,
    );
    expect(overlapping).toEqual([]);
  });
});

test.describe("a park operator's dashboard on a phone", () => {
  test.use({ storageState: storageStatePath("operator"), viewport: PHONE });

  for (const locale of LOCALES) {
    test(`is no wider than the screen in ${locale}`, async ({ page }) => {
      await open(page, "/admin", locale);
      expect(await pageOverflow(page)).toBeNull();
      expect((await smallestChartText(page)).size).toBeGreaterThanOrEqual(11);
    });
  }
});

test.describe("figure tables at 1280 px in English", () => {
  test.use({ storageState: storageStatePath("staff"), viewport: { width: 1280, height: 800 } });

  /** Whether the table's last column lies within the box it scrolls in, or that box can be scrolled by keyboard. */
  function lastColumnShown(page: Page, table: ReturnType<Page["getByRole"]>) {
    return table.evaluate((el) => {
      const box = el.closest("[role=region]") ?? el.parentElement!;
      const last = el.querySelector("thead tr")!.lastElementChild!.getBoundingClientRect();
      return {
        fits: last.right <= box.getBoundingClientRect().right + 0.5,
        scrolls: box.scrollWidth > box.clientWidth,
      };
    });
  }

  test("the customs-mode, direction and official-statistics tables show their last column, units only in headers", async ({
    page,
  }) => {
    await open(page, "/admin", "en");
    for (const title of ["By customs mode", "By direction"]) {
      const table = page.getByRole("region", { name: title, exact: true }).getByRole("table");
      expect(await lastColumnShown(page, table), title).toEqual({ fits: true, scrolls: false });
      await expect(table.getByRole("columnheader", { name: /\(million CNY\)|\(billion CNY\)/ }).first()).toBeVisible();
      const cells = await table.locator("tbody td").allInnerTexts();
      expect(cells.length).toBeGreaterThan(0);
      expect(
        cells.filter((c) => /CNY|million|billion/.test(c)),
        title,
      ).toEqual([]);
      // Figures are right-aligned in tabular figures.
      const current = table.locator("tbody td").first();
      await expect(current).toHaveCSS("text-align", "right");
      await expect(current).toHaveCSS("font-variant-numeric", "tabular-nums");
    }

    await open(page, "/admin/data/statistics?year=2025", "en");
    const stats = page.getByRole("table");
    await expect(stats.getByText(/^Amounts in (million|billion) CNY$/)).toBeVisible();
    expect(await lastColumnShown(page, stats)).toEqual({ fits: true, scrolls: false });
    await expect(stats.getByRole("columnheader", { name: "12", exact: true })).toBeVisible();
    const cells = await stats.locator("tbody td").allInnerTexts();
    expect(cells.filter((c) => /CNY|million|billion/.test(c))).toEqual([]);
    // One scale for the year: every figure has the same number of decimals.
    const decimals = new Set(cells.filter((c) => /\d/.test(c)).map((c) => c.split(".")[1]?.length ?? 0));
    expect(decimals.size).toBe(1);
  });

  test("exchange rates read with one number of decimals per currency", async ({ page }) => {
    await open(page, "/admin/data/rates?year=2025", "en");
    const table = page.getByRole("table");
    const headers = await table.locator("thead th").allInnerTexts();
    for (let column = 2; column <= headers.length; column++) {
      const cells = (await table.locator(`tbody tr > :nth-child(${column})`).allInnerTexts()).filter((c) =>
        /\d/.test(c),
      );
      const decimals = new Set(cells.map((c) => c.split(".")[1]?.length ?? 0));
      expect([...decimals], headers[column - 1]).toHaveLength(1);
      expect([...decimals][0], headers[column - 1]).toBeGreaterThanOrEqual(4);
    }
  });
});
