import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/**
 * Null when the page is no wider than the viewport; otherwise the page's
 * width and the element that reaches furthest right, outside any box that
 * clips or scrolls it (that element is what pushes the page wider).
 */
export async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const width = document.documentElement.scrollWidth;
    if (width <= viewport) return null;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    let widest: { right: number; el: Element } | null = null;
    for (const el of document.body.querySelectorAll("*")) {
      const right = el.getBoundingClientRect().right + window.scrollX;
      if (right > viewport + 1 && (!widest || right > widest.right) && !clipped(el)) widest = { right, el };
    }
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const cls =
        typeof el.className === "string" && el.className
          ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}`
          : "";
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}" reaches ${Math.round(widest!.right)} px`;
    };
    return `page is ${width} px wide in ${viewport} px; widest: ${widest ? describe(widest.el) : "(not found)"}`;
  });
}

/** The serious and critical axe violations on the page, one line each. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}
