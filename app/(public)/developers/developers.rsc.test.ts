// /developers, rendered with the react-server condition as Next.js renders it: the page shows
// PATCH, the headers for safe retries and concurrency, and every status, in the reader's language.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
vi.mock("@/lib/i18n/server", () => ({ getUiLocale: async () => ui.locale }));
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);

const { renderFlight } = await import("@/lib/testing/rsc");
const { default: DevelopersPage } = await import("./page");

const render = () => renderFlight(DevelopersPage());

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
