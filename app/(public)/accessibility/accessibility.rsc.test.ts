// /accessibility, rendered with the react-server condition as Next.js renders it: the statement names
// its standards, how they are tested, the known exceptions and where to report a barrier, in both languages.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
vi.mock("@/lib/i18n/server", () => ({ getUiLocale: async () => ui.locale }));
// The environment as start-up parses it, with SITE_CONTACT set or not.
const site = vi.hoisted(() => ({ vars: {} as Record<string, string> }));
vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  return { ...actual, env: () => actual.parseEnv(site.vars) };
});

const { renderFlight } = await import("@/lib/testing/rsc");
const { default: AccessibilityPage } = await import("./page");

const render = () => renderFlight(AccessibilityPage());

describe("/accessibility", () => {
  it("states GB/T 37668-2019 and WCAG 2.1 AA, the axe and keyboard checks, the exceptions and a contact, in Chinese", async () => {
    ui.locale = "zh-CN";
    site.vars = {};
    const page = await render();
    expect(page).toContain("无障碍声明");
    expect(page).toContain("GB/T 37668-2019");
    expect(page).toContain("WCAG）2.1 AA级");
    expect(page).toContain("axe-core");
    expect(page).toContain("只用键盘");
    expect(page).toContain("签到页的摄像头扫码");
    expect(page).toContain("市场分布地图");
    expect(page).toContain("本声明更新于2026年12月1日。");
    expect(page).toContain("请联系重庆市商务委员会。");
  });

  it("says the same in English, without Chinese text", async () => {
    ui.locale = "en";
    site.vars = {};
    const page = await render();
    expect(page).toContain("Accessibility statement");
    expect(page).toContain("GB/T 37668-2019");
    expect(page).toContain("WCAG) 2.1 at level AA");
    expect(page).toContain("Scanning with the camera on the check-in page");
    expect(page).toContain("This statement was last updated on 1 Dec 2026.");
    expect(page).toContain("Please contact the Chongqing Municipal Commerce Commission.");
    expect(page).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("gives SITE_CONTACT as the contact for barriers when it is set, instead of the commission's name", async () => {
    site.vars = { SITE_CONTACT: "023-63662000 · swj@cq.gov.cn" };
    ui.locale = "zh-CN";
    const zh = await render();
    expect(zh).toContain("联系方式：023-63662000 · swj@cq.gov.cn");
    expect(zh).not.toContain("请联系重庆市商务委员会。");
    ui.locale = "en";
    expect(await render()).toContain("Contact: 023-63662000 · swj@cq.gov.cn");
  });
});
