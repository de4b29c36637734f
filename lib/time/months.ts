// Months are "YYYY-MM" strings (a Shanghai month: see monthOf in ./shanghai).
// Pure helpers, shared by the use cases, validation, the seed and the benchmark.

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

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
