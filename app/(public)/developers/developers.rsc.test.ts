// /developers, rendered with the react-server condition as Next.js renders it: the page shows
// PATCH, the headers for safe retries and concurrency, and every status, in the reader's language.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: ui.locale, messages: loadMessages(ui.locale), namespace: namespace as never }),
  };
});
vi.mock("@/lib/i18n/server", () => ({ getUiLocale: async () => ui.locale }));
vi.mock("next/link", async () => {
  const { createElement } = await import("react");
  return {
    default: ({ href, children }: { href: string; children: import("react").ReactNode }) =>
      createElement("a", { href }, children),
  };
});

const { renderToReadableStream } = await import("next/dist/compiled/react-server-dom-webpack/server.node");
const { default: DevelopersPage } = await import("./page");

async function render() {
  const errors: unknown[] = [];
  const stream = renderToReadableStream(await DevelopersPage(), {}, { onError: (e: unknown) => void errors.push(e) });
  const text = await new Response(stream).text();
  if (errors.length) throw errors[0];
  return text;
}

describe("/developers", () => {
  it("shows PATCH with its media type, the retry and concurrency rules and every status, in Chinese", async () => {
    ui.locale = "zh-CN";
    const page = await render();
    expect(page).toContain("修改商品的部分字段");
    expect(page).toContain("(application/merge-patch+json)");
    expect(page).toContain("Idempotency-Key（例如 UUID）");
    expect(page).toContain("charset=gbk");
    expect(page).toContain("If-Match 与商品当前的 ETag 不符");
    expect(page).toContain("该路径没有此请求方法；Allow 列出可用的方法。");
  });

  it("shows the same in English", async () => {
    ui.locale = "en";
    const page = await render();
    expect(page).toContain("Change some fields of a SKU");
    expect(page).toContain("The path does not have this method; Allow lists the ones it has.");
    expect(page).toContain("RateLimit-Remaining");
    expect(page).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });
});
