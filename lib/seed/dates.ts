// Fixed moments for the demo data, in Beijing time (UTC+8), and working-hours
// moments drawn between them.
import type { Rng } from "./random";

const DAY_MS = 86_400_000;

/** A moment in Beijing time: year, month (1–12), day, hour and minute. */
export function cst(y: number, m: number, d: number, h = 9, min = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h - 8, min));
}

/** A working-hours moment between two dates (inclusive days). */
export function dateBetween(r: Rng, from: Date, to: Date): Date {
  const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
  const day = new Date(from.getTime() + r.int(0, days) * DAY_MS);
  return cst(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), r.int(9, 17), r.int(0, 59));
}

/** A working-hours moment some whole days (between minDays and maxDays) after from. */
export function addWorkingTime(r: Rng, from: Date, minDays: number, maxDays: number): Date {
  const day = new Date(from.getTime() + r.int(minDays, maxDays) * DAY_MS);
  return cst(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), r.int(9, 17), r.int(0, 59));
}
