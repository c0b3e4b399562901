/** One dated exception to the Monday–Friday week: a day off (holiday) or a make-up working day. */
export interface CalendarDayTable {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
}

/** A year whose official schedule is loaded; a year absent here has no calendar and deadlines refuse it. */
export interface CalendarYearTable {
  year: number;
  source: string;
  loaded_at: string;
  loaded_by: string;
  day_count: number;
}

declare module '../db/tables.ts' {
  interface Database {
    calendar_day: CalendarDayTable;
    calendar_year: CalendarYearTable;
  }
}
