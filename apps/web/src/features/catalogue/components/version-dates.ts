import { t } from '../locale.ts';

/** A version's period in force: "2026-01-01 起", "2025-01-01 至 2025-12-31", or not yet set. */
export function periodText(from: string | null, to: string | null): string {
  if (!from) return t('notYetEffective');
  return to ? t('period', { from, to }) : t('fromDate', { date: from });
}
