// Issue 12: "HS chapter labels are cut to '84 Nuclear reactors'". The catalog's counts by chapter name each
// chapter by its whole title, in both languages. Rendered with the react-server condition, as Next.js does.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);

const { renderFlight } = await import("@/lib/testing/rsc");
const { CatalogCounts } = await import("@/components/skus/catalog-counts");

const data = {
  byPark: [],
  byChapter: [
    { chapter: "84", skus: 3 },
    { chapter: "04", skus: 1 },
  ],
  byMarket: [],
} as never;

async function render(locale: "en" | "zh-CN") {
  ui.locale = locale;
  return renderFlight(CatalogCounts({ data, href: (p) => `/admin/catalog?chapter=${p.chapter}` }));
}

describe("the catalog's counts by HS chapter", () => {
  it("name chapter 84 by its whole title in English, not the words before its first comma", async () => {
    const page = await render("en");
    expect(page).toContain("Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof");
  });

  it("name chapter 04 by its whole title in Chinese, not the words before its first semicolon", async () => {
    const page = await render("zh-CN");
    expect(page).toContain("乳品；蛋品；天然蜂蜜；其他食用动物产品");
  });
});
