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
