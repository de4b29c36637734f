/**
 * A map legend's classes: up to `maxBins` ranges between round thresholds (1, 2 or 5 times a power of
 * ten), spread evenly on a log scale between the smallest and the largest value, so that one large
 * market does not put every other one in the same class.
 *
 * The first class is "below" its upper threshold, the last "at least" its lower one, and those between
 * run from their lower threshold (included) to their upper one (excluded). One distinct value is one
 * class of its own ("only").
 */
export type Bin =
  | { kind: "below"; to: number }
  | { kind: "between"; from: number; to: number }
  | { kind: "atLeast"; from: number }
  | { kind: "only"; value: number };

export type Bins = { bins: Bin[]; thresholds: number[] };

const ROUND = [1, 2, 5];

/** The legend's classes for the positive values among `values` (none when there are none). */
export function valueBins(values: readonly number[], maxBins = 5): Bins {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return { bins: [], thresholds: [] };
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  if (min === max) return { bins: [{ kind: "only", value: min }], thresholds: [] };

  // Every round number strictly above the smallest value and at most the largest.
  const candidates: number[] = [];
  for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp++) {
    for (const m of ROUND) {
      const n = Number((m * 10 ** exp).toPrecision(12));
      if (n > min && n <= max) candidates.push(n);
    }
  }
  let thresholds = candidates;
  if (candidates.length > maxBins - 1) {
    // The round numbers nearest to evenly spaced points on a log scale.
    const lo = Math.log(min);
    const span = Math.log(max) - lo;
    const picked = new Set<number>();
    for (let i = 1; i < maxBins; i++) {
      const target = lo + (span * i) / maxBins;
      let best = candidates[0];
      for (const c of candidates) if (Math.abs(Math.log(c) - target) < Math.abs(Math.log(best) - target)) best = c;
      picked.add(best);
    }
    thresholds = [...picked].sort((a, b) => a - b);
  }
  if (thresholds.length === 0) return { bins: [{ kind: "between", from: min, to: max }], thresholds };

  const bins: Bin[] = [{ kind: "below", to: thresholds[0] }];
  for (let i = 1; i < thresholds.length; i++)
    bins.push({ kind: "between", from: thresholds[i - 1], to: thresholds[i] });
  bins.push({ kind: "atLeast", from: thresholds[thresholds.length - 1] });
  return { bins, thresholds };
}

/** The index of the class a value falls in. */
export function binIndex(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && value >= thresholds[i]) i++;
  return i;
}
