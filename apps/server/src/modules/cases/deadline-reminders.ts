import { DEADLINE_CODE_LABELS, type DeadlineCode } from '@jiandu/contracts/case-labels';
import { addDays, weekday } from '../../platform/calendar/dates.ts';
import { isWorkingDay, type WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import type { Db } from '../../platform/db/tables.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import * as repo from './cases.repository.ts';

/** Working days before a due date at which the agency is reminded, unless an administrator sets another. */
export const DEFAULT_REMINDER_WORKING_DAYS = 3;

/** The most an administrator may set, which bounds how far ahead the daily pass looks. */
export const MAX_REMINDER_WORKING_DAYS = 30;

/**
 * Working days left before a duty falls due: the working days after `today` up to and including
 * `due` (0 when it is due today). A day the calendar does not know counts as a working day when it
 * is Monday to Friday, like the provisional deadlines.
 */
export function workingDaysLeft(calendar: WorkingCalendar, today: string, due: string): number {
  let left = 0;
  for (let day = addDays(today, 1); day <= due; day = addDays(day, 1)) {
    if (safeIsWorkingDay(calendar, day)) left += 1;
  }
  return left;
}

function safeIsWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  try {
    return isWorkingDay(calendar, day);
  } catch {
    const dow = weekday(day);
    return dow !== 0 && dow !== 6;
  }
}

/**
 * The daily pass: every open deadline (its duty not yet met) falling due within the region's lead
 * time gets one in-app notice to the case's agency. Safe to rerun: a notice's dedupe key is the
 * case, the deadline and its due date, so a due date that moves is reminded of again.
 */
export async function runDeadlineReminders(
  db: Db,
  calendar: WorkingCalendar,
  today: string,
  leadFor: (regionCode: string) => number,
): Promise<{ reminded: number }> {
  // Thirty working days never span more than about sixty calendar days, even across 春节.
  const horizon = addDays(today, MAX_REMINDER_WORKING_DAYS * 2 + 10);
  let reminded = 0;
  for (const row of await repo.openDeadlinesBetween(db, today, horizon)) {
    const left = workingDaysLeft(calendar, today, row.due);
    if (left > leadFor(row.region_code)) continue;
    const label = DEADLINE_CODE_LABELS[row.code as DeadlineCode] ?? row.code;
    const name = row.title ? `"${row.title}"` : '';
    const sent = await notify(db, {
      orgId: row.org_id,
      kind: 'case.deadline',
      title: left === 0 ? `${label}今日届满` : `${label}还剩${left}个工作日`,
      body: `案件 ${row.external_id}${name}的${label}将于${row.due}届满${left === 0 ? ' (今日)' : `, 还剩${left}个工作日`}。请在期限内完成, 逾期将产生监督预警。`,
      link: `/cases/${row.case_id}`,
      dedupeKey: `case-deadline:${row.case_id}:${row.code}:${row.due}`,
    });
    if (sent) reminded += 1;
  }
  return { reminded };
}
