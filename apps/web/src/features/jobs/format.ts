import { t } from './locale.ts';

/** A timestamp in Shanghai time, the way the console shows every time. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

/** A run's duration: ms below a second, else seconds, else minutes. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** A cron schedule in words when it is a plain daily one ("每天 08:00"), else the expression itself. */
export function describeCron(cron: string): string {
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  if (!daily) return cron;
  return t('daily', { time: `${daily[2]!.padStart(2, '0')}:${daily[1]!.padStart(2, '0')}` });
}
