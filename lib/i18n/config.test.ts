import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, negotiateLocale } from "./config";

describe("Accept-Language", () => {
  it("gives English to a browser that prefers neither Chinese nor English", () => {
    expect(localeFromAcceptLanguage("de-DE")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("ja")).toBe("en");
  });

  it("gives Simplified Chinese to Traditional Chinese browsers", () => {
    expect(localeFromAcceptLanguage("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-HK")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-Hant-TW,zh-Hant;q=0.9")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("ZH-hant")).toBe("zh-CN");
  });

  it("follows the q-values, not the order of the header", () => {
    expect(localeFromAcceptLanguage("en-US;q=0.4,zh-CN;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-CN;q=0.3, de-DE, en;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,en;q=0.5,zh;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
  });

  it("ignores a language the browser refuses with q=0 or an unreadable weight", () => {
    expect(localeFromAcceptLanguage("zh;q=0, en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0, zh-CN;q=0.2")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh;q=abc, en;q=0.5")).toBe("en");
  });

  it("answers a request without the header in Chinese, the park's language", () => {
    expect(localeFromAcceptLanguage(null)).toBe("zh-CN");
    expect(localeFromAcceptLanguage("")).toBe("zh-CN");
  });

  it("lets the language the user chose (the cookie) win over the browser's", () => {
    expect(negotiateLocale("zh-CN", "de-DE")).toBe("zh-CN");
    expect(negotiateLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
    expect(negotiateLocale("fr", "zh-TW")).toBe("zh-CN");
    expect(negotiateLocale(undefined, "de-DE")).toBe("en");
  });
});
