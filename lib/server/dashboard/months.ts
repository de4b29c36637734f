// Months are "YYYY-MM" strings in Asia/Shanghai. Pure helpers, shared by the
// use cases, the seed and the benchmark.

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month of an instant, as seen in Asia/Shanghai (UTC+8, no daylight saving). */
export function monthOf(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** The calendar day of an instant in Asia/Shanghai, "YYYY-MM-DD". */
export function shanghaiDay(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function monthParts(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

export function makeMonth(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function addMonths(month: string, delta: number): string {
  const { year, month: m } = monthParts(month);
  return makeMonth(year, m + delta);
}

/** Months from `from` to `to`, both included; empty when from is after to. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** How many months lie after `from` up to and including `to` (0 when to <= from). */
export function monthsBetween(from: string, to: string): number {
  const a = monthParts(from);
  const b = monthParts(to);
  return Math.max(0, (b.year - a.year) * 12 + (b.month - a.month));
}
