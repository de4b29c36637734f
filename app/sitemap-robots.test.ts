// /sitemap.xml and /robots.txt: built on the portal's public origin (as links in
// mail are: lib/env.ts publicOrigin), never on a host the request alone names.
import { describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ host: "cbec.example.com" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: request.host }) }));
// Two configured origins: the request's host picks one of them, and only one of them.
Object.assign(process.env, { PUBLIC_ORIGINS: "https://cbec.cq.gov.cn,https://cbec.example.com" });
delete process.env.AUTH_URL;

const { default: sitemap } = await import("./sitemap");
const { default: robots } = await import("./robots");

describe("/sitemap.xml", () => {
  it("lists the public pages on the origin the request came to", async () => {
    request.host = "cbec.example.com";
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toEqual([
      "https://cbec.example.com/",
      "https://cbec.example.com/events",
      "https://cbec.example.com/register",
      "https://cbec.example.com/login",
      "https://cbec.example.com/forgot-password",
      "https://cbec.example.com/developers",
      "https://cbec.example.com/privacy",
      "https://cbec.example.com/accessibility",
      "https://cbec.example.com/sitemap",
    ]);
  });

  it("falls back to the first configured origin for a host it does not know", async () => {
    request.host = "attacker.example";
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls.every((url) => url.startsWith("https://cbec.cq.gov.cn/"))).toBe(true);
    expect(urls.join()).not.toContain("attacker");
  });
});

describe("/robots.txt", () => {
  it("lets crawlers in, keeps them out of the signed-in areas and the API, and names the site map", async () => {
    request.host = "cbec.cq.gov.cn";
    const result = await robots();
    expect(result.sitemap).toBe("https://cbec.cq.gov.cn/sitemap.xml");
    expect(result.rules).toMatchObject({ userAgent: "*", allow: "/" });
    const disallow = (result.rules as { disallow: string[] }).disallow;
    for (const path of ["/admin", "/merchant", "/account", "/api/"]) expect(disallow).toContain(path);
  });
});
