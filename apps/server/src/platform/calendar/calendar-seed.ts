import { createRequire } from 'node:module';
import type { DateString } from './dates.ts';

const require = createRequire(import.meta.url);

/** Name and version of the package the bundled schedules come from, recorded as their source. */
export const SEED_SOURCE = `chinese-days@${(require('chinese-days/package.json') as { version: string }).version}`;

interface PackageData {
  holidays: Record<DateString, string>;
  workdays: Record<DateString, string>;
}

/**
 * The official holiday schedules that the maintained `chinese-days` package holds (2004 to 2026),
 * grouped by year. Its entries read "English,中文,n"; the Chinese name is kept.
 */
export function bundledSchedules(): Map<
  number,
  { date: DateString; kind: 'holiday' | 'workday'; name: string }[]
> {
  const data = require('chinese-days/dist/chinese-days.json') as PackageData;
  const years = new Map<number, { date: DateString; kind: 'holiday' | 'workday'; name: string }[]>();
  const add = (date: DateString, label: string, kind: 'holiday' | 'workday') => {
    const year = Number(date.slice(0, 4));
    const name = label.split(',')[1]?.trim() || label;
    const list = years.get(year) ?? [];
    list.push({ date, kind, name });
    years.set(year, list);
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, label, 'holiday');
  for (const [date, label] of Object.entries(data.workdays)) add(date, label, 'workday');
  for (const list of years.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return years;
}
