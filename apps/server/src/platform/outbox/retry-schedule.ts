/** The first retry waits one minute; each failure doubles the wait. */
export const FIRST_RETRY_MS = 60_000;

/** No wait is longer than six hours, so a receiver that comes back is served within the working day. */
export const MAX_RETRY_MS = 6 * 3_600_000;

/** Attempts before a message is given up (`dead`) unless configured otherwise: about 20 hours in all. */
export const DEFAULT_MAX_ATTEMPTS = 12;

/**
 * How long to wait after the `attempt`-th failed attempt (1-based): 1, 2, 4 … minutes, capped at six
 * hours, each spread by ±10 % so many messages failing together do not all come back in the same
 * second. `random` is injectable for tests.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.min(MAX_RETRY_MS, Math.round(base * (0.9 + 0.2 * random())));
}
