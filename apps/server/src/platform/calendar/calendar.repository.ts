import type { Db } from '../db/tables.ts';
import type { CalendarDayTable, CalendarYearTable } from './calendar.table.ts';

/** Every loaded year, newest first. */
export function listYears(db: Db): Promise<CalendarYearTable[]> {
  return db.selectFrom('calendar_year').selectAll().orderBy('year', 'desc').execute();
}

/** Every dated exception of every loaded year (a few dozen rows a year). */
export function listAllDays(db: Db): Promise<CalendarDayTable[]> {
  return db.selectFrom('calendar_day').selectAll().orderBy('date').execute();
}

/** The dated exceptions of one year. */
export function listDaysOfYear(db: Db, year: number): Promise<CalendarDayTable[]> {
  return db.selectFrom('calendar_day').selectAll().where('year', '=', year).orderBy('date').execute();
}

/** Replaces a year's schedule wholesale; run it in a transaction. */
export async function replaceYear(
  trx: Db,
  meta: CalendarYearTable,
  days: Omit<CalendarDayTable, 'year'>[],
): Promise<void> {
  await trx.deleteFrom('calendar_day').where('year', '=', meta.year).execute();
  await trx.deleteFrom('calendar_year').where('year', '=', meta.year).execute();
  await trx.insertInto('calendar_year').values(meta).execute();
  if (days.length) {
    await trx
      .insertInto('calendar_day')
      .values(days.map((d) => ({ ...d, year: meta.year })))
      .execute();
  }
}
