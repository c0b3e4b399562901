/**
 * Counters per key over a fixed window, in this node's memory, for the complaint-specific limits
 * (submissions per address and per phone, wrong tracking passwords). The same trade as the
 * platform's limiter: behind N nodes a client gets at most N × limit, without a database write in
 * front of every anonymous request.
 */
export class ComplaintThrottle {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** True while `key` has been counted fewer than `limit` times in its window. */
  allows(key: string, limit: number): boolean {
    const window = this.#windows.get(key);
    return !window || window.resetAt <= this.now() || window.count < limit;
  }

  /** Counts one more for `key`. */
  count(key: string, windowMs: number): void {
    const now = this.now();
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.#windows.size > 50_000)
        for (const [k, w] of this.#windows) if (w.resetAt <= now) this.#windows.delete(k);
      window = { count: 0, resetAt: now + windowMs };
      this.#windows.set(key, window);
    }
    window.count += 1;
  }
}
