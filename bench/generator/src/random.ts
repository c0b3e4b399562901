/*
 * A small seeded PRNG (sfc32) with the draws the generator needs. Only integer arithmetic and
 * Math.imul/floor are used, so the same seed yields the same numbers on every machine and Node
 * version; nothing here reads the clock or Math.random.
 */

/** Four 32-bit words hashed from a string (cyrb128), the root state every stream derives from. */
export function hashSeed(seed: string | number): [number, number, number, number] {
  const text = String(seed);
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** splitmix32 step, to spread a stream number (a case index) over the whole state. */
function mix(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A reusable sfc32 generator. `reseed` puts it at the start of stream `n` of a root seed without
 * allocating, so each case draws from its own stream and case i is the same whatever came before.
 */
export class Random {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: string | number = 0) {
    this.reseed(hashSeed(seed), 0);
  }

  /** Restarts at stream `stream` of `root` (a `hashSeed` result). */
  reseed(root: readonly [number, number, number, number], stream: number): this {
    const s = mix(stream) ^ mix(Math.floor(stream / 4294967296) + 77);
    this.a = root[0] ^ s;
    this.b = root[1] ^ mix(s);
    this.c = root[2] ^ mix(s + 1);
    this.d = root[3] | 1;
    for (let i = 0; i < 12; i++) this.u32();
    return this;
  }

  /** The next 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** An index drawn by weight from cumulative weights (see `cumulative`). */
  weighted(cumulativeWeights: ArrayLike<number>): number {
    const n = cumulativeWeights.length;
    const target = this.next() * cumulativeWeights[n - 1]!;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulativeWeights[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A day number between two day numbers, both included (see days.ts). */
  dayBetween(first: number, last: number): number {
    return last <= first ? first : this.int(first, last);
  }

  /** Shuffles a list in place (Fisher–Yates) and returns it. */
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = list[i]!;
      list[i] = list[j]!;
      list[j] = tmp;
    }
    return list;
  }
}

/** Running sums of weights, the table `Random.weighted` draws from. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i]!;
    out[i] = sum;
  }
  return out;
}
