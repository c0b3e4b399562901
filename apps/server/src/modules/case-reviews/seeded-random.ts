import { createHash, randomBytes } from 'node:crypto';

const TWO_32 = 2 ** 32;

/**
 * A reproducible stream of random integers: SHA-256 of `seed|label|counter` gives 32 bytes, read
 * as eight big-endian 32-bit numbers; integers below n come by rejection sampling, so there is no
 * modulo bias. Anyone with the seed can recompute a draw with standard tools; Math.random never
 * enters a draw.
 */
export class SeededRandom {
  #counter = 0;
  #block: Buffer = Buffer.alloc(0);
  #offset = 0;

  constructor(
    private readonly seed: string,
    private readonly label: string,
  ) {}

  #next(): number {
    if (this.#offset + 4 > this.#block.length) {
      this.#block = createHash('sha256').update(`${this.seed}|${this.label}|${this.#counter}`).digest();
      this.#counter += 1;
      this.#offset = 0;
    }
    const value = this.#block.readUInt32BE(this.#offset);
    this.#offset += 4;
    return value;
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`无效的取值范围: ${n}`);
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const value = this.#next();
      if (value < limit) return value % n;
    }
  }

  /** Shuffles a copy of the list (Fisher–Yates), taking the first `take` places only. */
  pick<T>(items: readonly T[], take = items.length): T[] {
    const list = [...items];
    const count = Math.min(take, list.length);
    for (let i = 0; i < count; i++) {
      const j = i + this.below(list.length - i);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list.slice(0, count);
  }
}

/** A fresh seed when the organizer gives none: 16 hex characters from the system's CSPRNG. */
export function newSeed(): string {
  return randomBytes(8).toString('hex');
}
