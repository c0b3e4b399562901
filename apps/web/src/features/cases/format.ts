import { shanghaiDay } from '@jiandu/contracts/case-labels';
import { formatYuan } from '@jiandu/contracts/catalogue-labels';

const SHANGHAI = { timeZone: 'Asia/Shanghai', hour12: false } as const;

/** A timestamp in Shanghai time to the minute, the way the console shows every time. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('zh-CN', {
    ...SHANGHAI,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * The Shanghai clock time of a spec date-time (`2026-09-15T10:00:00+08:00`; without an offset it is
 * Shanghai time already), or null for a plain date, which has no time to show.
 */
export function clockTime(at: string): string | null {
  if (!/T\d{2}:\d{2}/.test(at)) return null;
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(at) ? at : `${at}+08:00`;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleTimeString('zh-CN', { ...SHANGHAI, hour: '2-digit', minute: '2-digit' });
}

/** A spec date-time as the Shanghai day and, when it has one, the time. */
export function formatSpecTime(at: string, day?: string): string {
  const time = clockTime(at);
  const date = day ?? shanghaiDay(at) ?? at.slice(0, 10);
  return time ? `${date} ${time}` : date;
}

/** An amount of yuan (3,000元), or a dash when there is none. */
export function formatFine(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : formatYuan(amount);
}

/** A SHA-256 shortened for a table cell: its first 12 and last 6 characters. */
export function shortHash(hash: string): string {
  return hash.length > 20 ? `${hash.slice(0, 12)}…${hash.slice(-6)}` : hash;
}

/** The Shanghai day of a spec date or date-time, or a dash when there is none. */
export function specDay(at: string | undefined): string {
  return at ? (shanghaiDay(at) ?? at) : '—';
}
