// /sitemap, rendered with the react-server condition as Next.js renders it: every public page, linked,
// with what it is for, in both languages.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);

const { renderFlight } = await import("@/lib/testing/rsc");
const { PUBLIC_PAGES } = await import("@/lib/site/public-pages");
const { default: SitemapPage } = await import("./page");

const render = () => renderFlight(SitemapPage());

describe("/sitemap", () => {
  it("links every public page, in Chinese", async () => {
    ui.locale = "zh-CN";
    const page = await render();
    expect(page).toContain("网站地图");
    for (const { path } of PUBLIC_PAGES) expect(page).toContain(`"href":"${path}"`);
    for (const title of ["首页", "对接活动", "企业注册", "隐私政策", "无障碍声明"]) expect(page).toContain(title);
    expect(page).not.toContain('"href":"/admin');
    expect(page).not.toContain('"href":"/merchant');
  });

  it("says the same in English, without Chinese text", async () => {
    ui.locale = "en";
    const page = await render();
    expect(page).toContain("Site map");
    for (const title of ["Home", "Matchmaking events", "Register a company", "Privacy notice"])
      expect(page).toContain(title);
    expect(page).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
