import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl-cache";

describe("the shared Intl formatters", () => {
  it("returns the same instance for the same locale and options, another for other options", () => {
    const percent = numberFormat("zh-CN", { style: "percent", maximumFractionDigits: 1 });
    expect(numberFormat("zh-CN", { style: "percent", maximumFractionDigits: 1 })).toBe(percent);
    expect(numberFormat("en", { style: "percent", maximumFractionDigits: 1 })).not.toBe(percent);
    expect(numberFormat("zh-CN", { style: "percent", maximumFractionDigits: 2 })).not.toBe(percent);
    expect(numberFormat("zh-CN")).toBe(numberFormat("zh-CN"));
    expect(numberFormat("zh-CN")).not.toBe(percent);

    const month = dateTimeFormat("en", { year: "numeric", month: "short", timeZone: "UTC" });
    expect(dateTimeFormat("en", { year: "numeric", month: "short", timeZone: "UTC" })).toBe(month);
    expect(dateTimeFormat("en", { year: "numeric", month: "long", timeZone: "UTC" })).not.toBe(month);
  });

  it("formats exactly as a new Intl instance with the same locale and options", () => {
    const numbers: [string, Intl.NumberFormatOptions | undefined, number][] = [
      ["zh-CN", undefined, 1234567.891],
      [
        "en",
        { style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: "exceptZero" },
        -0.04,
      ],
      ["en", { style: "currency", currency: "JPY", currencyDisplay: "code" }, 1500],
      ["zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }, 0.005],
    ];
    for (const [locale, options, value] of numbers) {
      expect(numberFormat(locale, options).format(value)).toBe(new Intl.NumberFormat(locale, options).format(value));
    }
    const day = new Date("2026-12-08T16:30:00Z");
    const dates: [string, Intl.DateTimeFormatOptions][] = [
      ["zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }],
      ["en-US", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }],
      ["en", { month: "long", timeZone: "UTC" }],
    ];
    for (const [locale, options] of dates) {
      expect(dateTimeFormat(locale, options).format(day)).toBe(new Intl.DateTimeFormat(locale, options).format(day));
    }
  });

  it("keeps at most a bounded number of formatters however many currencies the data names", () => {
    const first = numberFormat("en", { style: "currency", currency: "AAA" });
    for (let i = 0; i < 600; i++) {
      const code = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}Q`;
      expect(numberFormat("en", { style: "currency", currency: code }).resolvedOptions().currency).toBe(code);
    }
    // The cache was emptied on the way: the first one is built afresh, and still formats the same.
    const again = numberFormat("en", { style: "currency", currency: "AAA" });
    expect(again).not.toBe(first);
    expect(again.format(1)).toBe(first.format(1));
  });
});
