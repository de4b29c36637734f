import { describe, expect, it } from "vitest";
import { computePace, ratio, yearOnYear, yearToDate } from "./pace";

const YI = 10_000_000_000n; // 亿元 in fen
const goal = { targetValue: 700n * YI, periodStart: "2025-01", periodEnd: "2025-12" };
const flat = (perMonth: bigint) => () => perMonth;

describe("pacing toward the 70 billion goal", () => {
  it("before the goal's period: not started, needs a twelfth of the target each month", () => {
    const pace = computePace({
      targetValue: goal.targetValue,
      periodStart: "2025-01",
      periodEnd: "2025-12",
      asOfMonth: "2024-06",
      dataStart: "2023-01",
      monthly: flat(25n * YI),
    });
    expect(pace).toMatchObject({
      periodStart: "2025-01",
      periodEnd: "2025-12",
      soFar: 0n,
      monthsLeft: 12,
      gap: 700n * YI,
      trailingAverage: 25n * YI,
    });
    expect(pace.requiredPerMonth).toBe((700n * YI + 11n) / 12n);
    expect(pace.forecast).toBe(300n * YI);
    expect(pace.verdict).toBe("not_started");
  });

  it("inside the goal's year: what is left over the months left, and on track when the average carries it", () => {
    const monthly = (m: string) => (m >= "2025-01" ? 60n * YI : 50n * YI);
    const pace = computePace({
      targetValue: goal.targetValue,
      periodStart: "2025-01",
      periodEnd: "2025-12",
      asOfMonth: "2025-09",
      dataStart: "2023-01",
      monthly,
    });
    expect(pace.soFar).toBe(540n * YI);
    expect(pace.monthsLeft).toBe(3);
    expect(pace.requiredPerMonth).toBe((160n * YI + 2n) / 3n);
    // Last 12 months: 3 × 50 + 9 × 60 = 690 → 57.5 a month; 540 + 3 × 57.5 = 712.5 ≥ 700.
    expect(pace.trailingAverage).toBe((575n * YI) / 10n);
    expect(pace.forecast).toBe((7125n * YI) / 10n);
    expect(pace.verdict).toBe("on_track");
  });

  it("averages only the months since the data starts", () => {
    const pace = computePace({
      targetValue: 120n,
      periodStart: "2025-01",
      periodEnd: "2025-12",
      asOfMonth: "2023-03",
      dataStart: "2023-01",
      monthly: flat(10n),
    });
    expect(pace.trailingAverage).toBe(10n);
  });

  it("once the deadline has passed: achieved or missed on the final figure", () => {
    const missed = computePace({
      targetValue: 700n,
      periodStart: "2025-01",
      periodEnd: "2025-12",
      asOfMonth: "2026-11",
      dataStart: "2023-01",
      monthly: flat(30n),
    });
    expect(missed).toMatchObject({
      soFar: 360n,
      monthsLeft: 0,
      requiredPerMonth: null,
      forecast: 360n,
      gap: 340n,
      verdict: "missed",
    });
    const achieved = computePace({
      targetValue: 700n,
      periodStart: "2025-01",
      periodEnd: "2025-12",
      asOfMonth: "2025-12",
      dataStart: "2023-01",
      monthly: flat(60n),
    });
    expect(achieved).toMatchObject({ soFar: 720n, gap: 0n, verdict: "achieved" });
  });

  it("needs nothing more once the target is reached early", () => {
    const pace = computePace({
      targetValue: 100n,
      periodStart: "2025-01",
      periodEnd: "2025-12",
      asOfMonth: "2025-06",
      dataStart: "2023-01",
      monthly: flat(20n),
    });
    expect(pace).toMatchObject({ gap: 0n, requiredPerMonth: 0n, verdict: "on_track" });
  });
});

describe("year on year and shares", () => {
  it("compares with the same period a year before", () => {
    expect(yearOnYear(130n, 100n)).toBeCloseTo(0.3);
    expect(yearOnYear(80n, 100n)).toBeCloseTo(-0.2);
    expect(yearOnYear(5n, 0n)).toBeNull();
    expect(ratio(1n, 3n)).toBeCloseTo(0.333333);
    expect(ratio(1n, 0n)).toBe(0);
    expect(yearToDate(2026, "2026-11")).toEqual({
      current: { from: "2026-01", to: "2026-11" },
      previous: { from: "2025-01", to: "2025-11" },
      lastMonth: 11,
    });
    expect(yearToDate(2023, "2026-11").current).toEqual({ from: "2023-01", to: "2023-12" });
  });
});
