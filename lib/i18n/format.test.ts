import { describe, expect, it } from "vitest";
import { formatCnyCompact, formatDateTime } from "./format";
import { localeFromAcceptLanguage } from "./config";

describe("formatting", () => {
  it("reads large CNY amounts as 亿元 and billion CNY", () => {
    const seventyBillionFen = 70_000_000_000 * 100;
    expect(formatCnyCompact(seventyBillionFen, "zh-CN")).toBe("700亿元");
    expect(formatCnyCompact(seventyBillionFen, "en")).toBe("70 billion CNY");
    expect(formatCnyCompact(125_000_000_000n, "zh-CN")).toBe("12.5亿元");
    expect(formatCnyCompact(125_000_000_000n, "en")).toBe("1.25 billion CNY");
    expect(formatCnyCompact(1_234_500, "zh-CN")).toBe("1.23万元");
    expect(formatCnyCompact(1_234_500, "en")).toBe("12,345 CNY");
  });

  it("shows times in Asia/Shanghai", () => {
    const utcMidnight = new Date("2025-03-01T00:00:00Z");
    expect(formatDateTime(utcMidnight, "en")).toContain("08:00");
    expect(formatDateTime(utcMidnight, "zh-CN")).toContain("08:00");
  });

  it("writes the hour after midnight as 00, not 24, in both languages", () => {
    const justAfterMidnight = new Date("2026-11-30T16:59:00Z");
    for (const locale of ["en", "zh-CN"] as const) {
      expect(formatDateTime(justAfterMidnight, locale)).toContain("00:59");
    }
  });
});

describe("Accept-Language", () => {
  it("defaults to Chinese and honours the first supported language by weight", () => {
    expect(localeFromAcceptLanguage(null)).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,en;q=0.5,zh;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("de-DE")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-TW,zh;q=0.9")).toBe("zh-CN");
  });
});
