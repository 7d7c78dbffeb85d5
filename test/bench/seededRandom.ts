// Deterministic pseudo-random numbers for the benchmark generator: the same seed always yields the same project,
// so two bench runs (or two machines) measure the same data.

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [min, max] (both included). */
  integer: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** Draws ranks 0..size-1 with probability ∝ 1 / (rank + 1)^exponent (Zipf-like). */
  zipf: (size: number, exponent?: number) => () => number;
  /** A UUID-shaped id (version-4 layout) drawn from this generator. */
  uuid: () => string;
};

/** Mulberry32: tiny, fast and good enough for synthetic text. */
export const createRandom = (seed: number): Random => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const zipf = (size: number, exponent = 1): (() => number) => {
    const cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank += 1) {
      total += 1 / (rank + 1) ** exponent;
      cumulative[rank] = total;
    }
    return () => {
      const target = next() * total;
      let low = 0;
      let high = size - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (cumulative[middle] < target) low = middle + 1;
        else high = middle;
      }
      return low;
    };
  };
  const hex = (digits: number): string => {
    let out = '';
    for (let k = 0; k < digits; k += 1) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
  return { next, integer, pick, zipf, uuid };
};
