// A tiny deterministic pseudo-random generator (mulberry32) for seed data:
// the same seed always gives the same sequence, on every platform.

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(arr: readonly T[]): T;
  /** n distinct elements (by position) of arr, in random order; at most arr.length. */
  sample<T>(arr: readonly T[], n: number): T[];
  /** True with probability p. */
  chance(p: number): boolean;
};

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`rng.int: bad range [${min}, ${max}]`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    pick<T>(arr: readonly T[]): T {
      if (arr.length === 0) throw new RangeError("rng.pick: empty array");
      return arr[int(0, arr.length - 1)];
    },
    sample<T>(arr: readonly T[], n: number): T[] {
      const copy = arr.slice();
      const k = Math.max(0, Math.min(Math.floor(n), copy.length));
      // Partial Fisher–Yates: the first k slots end up a uniform sample.
      for (let i = 0; i < k; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, k);
    },
    chance(p: number): boolean {
      return next() < p;
    },
  };
}

/** One of items, with a chance in proportion to its weight; one draw. */
export function weightedPick<T>(r: Rng, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let x = r.next() * total;
  for (const t of items) {
    x -= weight(t);
    if (x < 0) return t;
  }
  return items[items.length - 1];
}

/** n distinct items (at most all of them), each a weightedPick from those not yet taken. */
export function weightedSample<T>(r: Rng, items: readonly T[], n: number, weight: (t: T) => number): T[] {
  const pool = items.slice();
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    const t = weightedPick(r, pool, weight);
    out.push(t);
    pool.splice(pool.indexOf(t), 1);
  }
  return out;
}

/**
 * A weighted choice from one fixed list of [item, weight] pairs, for many
 * picks: the running totals are summed once and each pick is a binary search;
 * one draw per pick.
 */
export function weightedPicker<T>(r: Rng, items: readonly (readonly [T, number])[]): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) cumulative.push((total += w));
  return () => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo][0];
  };
}

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A cuid-shaped id ("c" and 24 characters, like Prisma's) from 24 draws: the same ids on every run. */
export function seededId(r: Rng): string {
  return "c" + Array.from({ length: 24 }, () => ID_ALPHABET[r.int(0, 35)]).join("");
}
