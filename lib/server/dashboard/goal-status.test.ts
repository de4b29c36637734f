import { describe, expect, it } from "vitest";
import { monthRange } from "@/lib/time/months";
import { coversYear, goalLines, goalPhase, goalsForYear, percentOf, volumeGoalStatus } from "./goal-status";

const YI = 10_000_000_000n; // 亿元 in fen
const g2025 = { targetValue: 700n * YI, periodStart: "2025-01", periodEnd: "2025-12" };
const g2027 = { targetValue: 900n * YI, periodStart: "2027-01", periodEnd: "2027-12" };
const status = (goal: typeof g2025, asOfMonth: string, perMonth = 40n * YI) =>
  volumeGoalStatus({ ...goal, asOfMonth, dataStart: "2023-01", monthly: () => perMonth });
const withStatus = (goal: typeof g2025, asOf: string) => ({ ...goal, status: status(goal, asOf) });

describe("a goal's period", () => {
  it("is upcoming, running or ended as of a month", () => {
    expect(goalPhase(g2025, "2024-12")).toBe("upcoming");
    expect(goalPhase(g2025, "2025-01")).toBe("running");
    expect(goalPhase(g2025, "2025-12")).toBe("running");
    expect(goalPhase(g2025, "2026-01")).toBe("ended");
    expect(coversYear(g2025, 2025)).toBe(true);
    expect(coversYear(g2025, 2026)).toBe(false);
    expect(coversYear({ periodStart: "2025-07", periodEnd: "2026-06" }, 2026)).toBe(true);
  });

  it("rounds the percentage once, half up, to one decimal", () => {
    expect(percentOf(4694n, 10_000n)).toBe(46.9);
    expect(percentOf(4695n, 10_000n)).toBe(47);
    expect(percentOf(1n, 0n)).toBeNull();
    expect(percentOf(800n, 700n)).toBe(114.3);
  });
});

describe("the goal the headline shows for a year", () => {
  it("inside a running goal's period: the pace and the forecast", () => {
    const s = status(g2025, "2025-09");
    expect(s).toMatchObject({ phase: "running", soFar: 360n * YI, monthsLeft: 3, verdict: "off_track" });
    expect(s.percent).toBe(51.4);
    expect(s.requiredPerMonth).toBe((340n * YI + 2n) / 3n);
    const shown = goalsForYear([withStatus(g2025, "2025-09")], 2025);
    expect(shown.covering?.periodStart).toBe("2025-01");
    expect(shown.latestResult).toBeNull();
  });

  it("inside an ended goal's period: the final result, achieved or missed, with the percentage", () => {
    const missed = status(g2025, "2026-11");
    expect(missed).toMatchObject({ phase: "ended", soFar: 480n * YI, verdict: "missed", requiredPerMonth: null });
    expect(missed.percent).toBe(68.6);
    const achieved = status(g2025, "2026-11", 60n * YI);
    expect(achieved).toMatchObject({ phase: "ended", verdict: "achieved", percent: 102.9 });
    expect(goalsForYear([withStatus(g2025, "2026-11")], 2025).covering?.status.verdict).toBe("missed");
  });

  it("before a goal's period: not started, with the volume needed per month", () => {
    const s = status(g2027, "2026-11");
    expect(s).toMatchObject({ phase: "upcoming", verdict: "not_started", percent: null, soFar: 0n });
    expect(s.requiredPerMonth).toBe(75n * YI);
  });

  it("after a goal's period, with no goal for the year: no goal, the most recent result and the next goal", () => {
    const goals = [withStatus(g2025, "2026-11"), withStatus(g2027, "2026-11")];
    const shown = goalsForYear(goals, 2026);
    expect(shown.covering).toBeNull();
    expect(shown.latestResult?.periodEnd).toBe("2025-12");
    expect(shown.next?.periodStart).toBe("2027-01");
  });

  it("in 2023, before the 2025 goal's period: no goal covers it, and the 2025 result is the most recent one", () => {
    const shown = goalsForYear([withStatus(g2025, "2026-11")], 2023);
    expect(shown.covering).toBeNull();
    expect(shown.latestResult?.status).toMatchObject({ phase: "ended", verdict: "missed", percent: 68.6 });
  });

  it("without any goal: nothing", () => {
    expect(goalsForYear([], 2026)).toEqual({ covering: null, latestResult: null, next: null });
  });
});

describe("the goal lines", () => {
  it("are drawn only within the goal's period, starting where the actual cumulative stood", () => {
    const months = monthRange("2024-11", "2026-02");
    const actual = months.map((_, i) => BigInt(i + 1) * 10n);
    const lines = goalLines([g2025], months, actual);
    expect(lines.monthly[0]).toBeNull();
    expect(lines.monthly[1]).toBeNull();
    expect(lines.monthly.at(-1)).toBeNull();
    expect(lines.cumulative.at(-2)).toBeNull();
    expect(lines.monthly.slice(2, 14).reduce((a, b) => a! + b!, 0n)).toBe(g2025.targetValue);
    expect(lines.cumulative[2]).toBe(20n + g2025.targetValue / 12n);
    expect(lines.cumulative[13]).toBe(20n + g2025.targetValue);
  });
});
