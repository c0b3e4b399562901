import dayjs, { type Dayjs } from 'dayjs';

/**
 * Today's date in Asia/Shanghai, whatever the browser's clock zone: the server dates every act in
 * Shanghai, so a form's default "today" must be the same day or it is refused as before or after it.
 */
export function todayShanghai(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Today in Shanghai as a date-picker value. */
export function shanghaiToday(): Dayjs {
  return dayjs(todayShanghai());
}
