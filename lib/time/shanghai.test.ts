import { describe, expect, it } from "vitest";
import { yearDays } from "./days";
import { isCalendarDay, monthOf, shanghaiDay, shanghaiDays, shanghaiYear } from "./shanghai";

describe("Shanghai calendar", () => {
  it("reads the day, month and year of an instant in Shanghai, not in UTC", () => {
    // 16:00 UTC on New Year's Eve is already midnight in Shanghai.
    const newYear = new Date("2024-12-31T16:00:00Z");
    expect([shanghaiDay(newYear), monthOf(newYear), shanghaiYear(newYear)]).toEqual(["2025-01-01", "2025-01", 2025]);
    const before = new Date("2024-12-31T15:59:59Z");
    expect([shanghaiDay(before), monthOf(before), shanghaiYear(before)]).toEqual(["2024-12-31", "2024-12", 2024]);
  });

  it("bounds a range of days from the first midnight to the midnight after the last day", () => {
    const { gte, lt } = shanghaiDays("2025-03-01", "2025-03-31");
    expect(gte?.toISOString()).toBe("2025-02-28T16:00:00.000Z");
    expect(lt?.toISOString()).toBe("2025-03-31T16:00:00.000Z");
    expect(shanghaiDays(undefined, "2025-03-31")).toEqual({ lt: lt });
    expect(shanghaiDays(undefined, undefined)).toEqual({});
  });

  it("spans a year of stored calendar days at UTC midnight", () => {
    const { gte, lt } = yearDays(2024);
    expect([gte.toISOString(), lt.toISOString()]).toEqual(["2024-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"]);
  });

  it("knows which days exist", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    for (const day of ["0000-00-00", "2025-02-29", "2026-13-01", "2026-02-31", "2026-1-1", ""])
      expect(isCalendarDay(day)).toBe(false);
  });
});
