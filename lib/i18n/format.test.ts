import { describe, expect, it } from "vitest";
import { formatCnyCompact, formatDate, formatDateTime, formatDay } from "./format";

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

  it("writes English dates day first with the month's short name, never 12/09/2026", () => {
    const lunchtime = new Date("2026-12-09T06:03:00Z");
    expect(formatDate(lunchtime, "en")).toBe("9 Dec 2026");
    expect(formatDateTime(lunchtime, "en")).toBe("9 Dec 2026, 14:03");
    expect(formatDate(new Date("2026-09-09T04:00:00Z"), "en")).toBe("9 Sep 2026");
  });

  it("writes Chinese dates as 2026年12月9日", () => {
    const lunchtime = new Date("2026-12-09T06:03:00Z");
    expect(formatDate(lunchtime, "zh-CN")).toBe("2026年12月9日");
    expect(formatDateTime(lunchtime, "zh-CN")).toBe("2026年12月9日 14:03");
  });

  it("takes the day in Shanghai, not in UTC", () => {
    const lateEveningUtc = new Date("2026-12-08T16:30:00Z");
    expect(formatDate(lateEveningUtc, "en")).toBe("9 Dec 2026");
    expect(formatDateTime(lateEveningUtc, "zh-CN")).toBe("2026年12月9日 00:30");
  });

  it("writes a date input's day in the same form, and nothing for a day that does not exist", () => {
    expect(formatDay("2026-12-09", "en")).toBe("9 Dec 2026");
    expect(formatDay("2026-12-09", "zh-CN")).toBe("2026年12月9日");
    expect(formatDay("2026-02-30", "en")).toBeNull();
    expect(formatDay("12/09/2026", "en")).toBeNull();
  });
});
