/** Today in Shanghai as YYYY-MM-DD (the server's calendar day). */
export function todayShanghai(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The year of today in Shanghai. */
export const thisYear = () => Number(todayShanghai().slice(0, 4));
