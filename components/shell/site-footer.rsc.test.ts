// Every page's footer, rendered with the react-server condition as Next.js renders it: the links to the
// privacy notice, the accessibility statement and the site map, and exactly the statutory items configured.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));

// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);

const { renderFlight } = await import("@/lib/testing/rsc");
const { parseEnv } = await import("@/lib/env");
const { SiteFooter } = await import("./site-footer");

const render = (vars: Record<string, string>) => renderFlight(SiteFooter({ config: parseEnv(vars) }));

const ALL_LABELS_ZH = ["主办单位：", "联系方式：", "网站标识码：", "ICP备案号：", "公安机关备案号："];

describe("the site footer", () => {
  it("links the privacy notice, the accessibility statement and the site map, and shows no statutory item unset", async () => {
    ui.locale = "zh-CN";
    const page = await render({});
    for (const [text, href] of [
      ["隐私政策", "/privacy"],
      ["无障碍声明", "/accessibility"],
      ["网站地图", "/sitemap"],
    ]) {
      expect(page).toContain(text);
      expect(page).toContain(`"href":"${href}"`);
    }
    for (const label of ALL_LABELS_ZH) expect(page).not.toContain(label);
    expect(page).not.toContain("site-footer-items");
  });

  it("shows every configured item in Chinese, the filings linked to the MIIT and MPS sites", async () => {
    ui.locale = "zh-CN";
    const page = await render({
      SITE_SPONSOR: "重庆市商务委员会",
      SITE_ICP_FILING: "渝ICP备05003300号-1",
      SITE_PSB_FILING: "渝公网安备 50010302000123号",
      SITE_ID: "5000000032",
      SITE_CONTACT: "023-63662004",
    });
    for (const label of ALL_LABELS_ZH) expect(page).toContain(label);
    for (const value of [
      "重庆市商务委员会",
      "渝ICP备05003300号-1",
      "渝公网安备 50010302000123号",
      "5000000032",
      "023-63662004",
    ])
      expect(page).toContain(value);
    expect(page).toContain('"href":"https://beian.miit.gov.cn/"');
    expect(page).toContain('"href":"https://beian.mps.gov.cn/#/query/webSearch?code=50010302000123"');
  });

  it("shows exactly the configured items, in English", async () => {
    ui.locale = "en";
    const page = await render({
      SITE_SPONSOR: "Chongqing Municipal Commerce Commission",
      SITE_ICP_FILING: "渝ICP备05003300号",
    });
    expect(page).toContain("Sponsored by:");
    expect(page).toContain("Chongqing Municipal Commerce Commission");
    expect(page).toContain("ICP filing:");
    expect(page).toContain("Privacy notice");
    for (const absent of ["Contact:", "Website identification code:", "Public security filing:", "beian.mps.gov.cn"])
      expect(page).not.toContain(absent);
  });
});
