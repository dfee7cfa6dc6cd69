/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same sequence on
 * every machine. Not for anything secret; only for synthetic test data.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of `values`, chosen with the matching `weights` (which need not sum to 1). */
  weighted<T>(values: readonly T[], weights: readonly number[]): T;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    weighted<T>(values: readonly T[], weights: readonly number[]): T {
      let total = 0;
      for (const weight of weights) total += weight;
      let roll = next() * total;
      for (let i = 0; i < values.length; i++) {
        roll -= weights[i] ?? 0;
        if (roll < 0) return values[i] as T;
      }
      return values[values.length - 1] as T;
    },
  };
}
