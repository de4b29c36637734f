// Breakdown tables: this period against the same period a year before, with
// the share of the total. Pure.
import type { Amount } from "./combine";
import { ratio, yearOnYear } from "./pace";

export const OTHER_KEY = "OTHER";

export type BreakdownRow = {
  key: string;
  current: bigint;
  previous: bigint;
  count: number;
  yoy: number | null;
  share: number;
};

function finish(rows: Omit<BreakdownRow, "yoy" | "share">[]): BreakdownRow[] {
  const total = rows.reduce((s, r) => s + r.current, 0n);
  return rows.map((r) => ({ ...r, yoy: yearOnYear(r.current, r.previous), share: ratio(r.current, total) }));
}

/** One row per key (the listed ones, or every key seen), largest first. */
export function compareRows(
  current: ReadonlyMap<string, Amount>,
  previous: ReadonlyMap<string, Amount>,
  keys?: readonly string[],
): BreakdownRow[] {
  const all = keys ?? [...new Set([...current.keys(), ...previous.keys()])];
  const rows = all.map((key) => ({
    key,
    current: current.get(key)?.value ?? 0n,
    previous: previous.get(key)?.value ?? 0n,
    count: current.get(key)?.count ?? 0,
  }));
  rows.sort((a, b) =>
    a.current === b.current
      ? a.previous === b.previous
        ? a.key.localeCompare(b.key)
        : a.previous > b.previous
          ? -1
          : 1
      : a.current > b.current
        ? -1
        : 1,
  );
  return finish(rows);
}

/** The first n rows, and everything else added up as one "other" row. */
export function topWithOther(rows: BreakdownRow[], n: number): BreakdownRow[] {
  if (rows.length <= n) return rows;
  const rest = rows.slice(n);
  const other = {
    key: OTHER_KEY,
    current: rest.reduce((s, r) => s + r.current, 0n),
    previous: rest.reduce((s, r) => s + r.previous, 0n),
    count: rest.reduce((s, r) => s + r.count, 0),
  };
  return finish([...rows.slice(0, n), other]);
}
