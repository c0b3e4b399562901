import type { JobScheduler, RecurringJob } from '../jobs/scheduler.ts';
import type { CalendarService } from './calendar.service.ts';
import { todayInShanghai, yearOf } from './dates.ts';

/** Month (1–12) from which a missing schedule for next year is reported; the notice usually comes in November. */
const NEXT_YEAR_CHECK_FROM_MONTH = 11;

/**
 * Checks every morning that this year's schedule is loaded, and from November next year's too,
 * so an administrator is told before deadlines start failing on 1 January.
 */
export function registerCalendarJobs(
  scheduler: JobScheduler,
  calendar: CalendarService,
  today: () => string = todayInShanghai,
): RecurringJob[] {
  scheduler.register('calendar.coverage', async () => {
    const date = today();
    const year = yearOf(date);
    const loaded = new Set((await calendar.years()).map((y) => y.year));
    const missing = [
      year,
      ...(Number(date.slice(5, 7)) >= NEXT_YEAR_CHECK_FROM_MONTH ? [year + 1] : []),
    ].filter((y) => !loaded.has(y));
    if (missing.length) {
      // Failing the run makes the gap visible on the job-runs page and in the logs.
      throw new Error(
        `${missing.join('、')}年的节假日安排尚未导入, 请运行 jiandu calendar load 导入国务院办公厅通知`,
      );
    }
    return `${[...loaded].filter((y) => y >= year).join('、')}年节假日安排已导入`;
  });
  return [
    {
      key: 'calendar.coverage',
      handler: 'calendar.coverage',
      cron: '0 8 * * *',
      description: '检查节假日安排是否已导入',
    },
  ];
}
