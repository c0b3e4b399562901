import { todayShanghai } from '../../lib/dates.ts';

/** Dates the way the console shows them, in Shanghai time (copied, not imported: no cross-feature imports). */

/** A timestamp as a date and minute, or a dash. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export { todayShanghai };

/** Whole days from today (Shanghai) to a YYYY-MM-DD date; negative when it has passed. */
export function daysUntil(date: string): number {
  const day = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(date) - day(todayShanghai())) / 86_400_000);
}

/** A 0–1 share as a percentage with one decimal. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1).replace(/\.0$/, '')}%`;
}
