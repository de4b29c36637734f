// Issue 12: "HS chapter labels are cut to '84 Nuclear reactors'". The catalog's counts by chapter name each
// chapter by its whole title, in both languages. Rendered with the react-server condition, as Next.js does.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getLocale: async () => ui.locale,
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: ui.locale, messages: loadMessages(ui.locale), namespace: namespace as never }),
  };
});
vi.mock("next/link", async () => {
  const { createElement } = await import("react");
  return {
    default: ({ href, children }: { href: string; children: import("react").ReactNode }) =>
      createElement("a", { href }, children),
  };
});

const { renderToReadableStream } = await import("next/dist/compiled/react-server-dom-webpack/server.node");
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
  const stream = renderToReadableStream(
    await CatalogCounts({ data, href: (p) => `/admin/catalog?chapter=${p.chapter}` }),
    {},
  );
  return new Response(stream).text();
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
