import { type Actor, recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/tables.ts';
import { listAllDays, listDaysOfYear, listYears, replaceYear } from './calendar.repository.ts';
import type { CalendarDayTable, CalendarYearTable } from './calendar.table.ts';
import type { CalendarFileDay } from './calendar-file.ts';
import { bundledSchedules, SEED_SOURCE } from './calendar-seed.ts';
import { computeDeadline, type Deadline, type DeadlineInput } from './deadline.ts';
import { buildCalendar, type WorkingCalendar } from './working-calendar.ts';

/** How long a node trusts its cached calendar before re-reading it (another node may have loaded a year). */
const CACHE_MS = 60_000;

/** What a year load changed. */
export interface YearLoadSummary {
  year: number;
  holidays: number;
  workdays: number;
  replaced: boolean;
}

/**
 * The working-day calendar as a service: keeps the loaded schedules cached, computes deadlines
 * over them, and loads new years (audited) when the State Council publishes them.
 */
export class CalendarService {
  #cache: { calendar: WorkingCalendar; at: number } | null = null;

  constructor(private readonly db: Db) {}

  /** The current calendar snapshot. */
  async calendar(): Promise<WorkingCalendar> {
    if (this.#cache && Date.now() - this.#cache.at < CACHE_MS) return this.#cache.calendar;
    const [years, days] = await Promise.all([listYears(this.db), listAllDays(this.db)]);
    const calendar = buildCalendar(
      years.map((y) => y.year),
      days,
    );
    this.#cache = { calendar, at: Date.now() };
    return calendar;
  }

  /** Forgets the cached snapshot so the next read sees the database. */
  invalidate(): void {
    this.#cache = null;
  }

  /** A due date with its derivation. */
  async deadline(input: DeadlineInput): Promise<Deadline> {
    return computeDeadline(await this.calendar(), input);
  }

  /** The loaded years with where each came from. */
  years(): Promise<CalendarYearTable[]> {
    return listYears(this.db);
  }

  /** The dated exceptions of one year. */
  daysOfYear(year: number) {
    return listDaysOfYear(this.db, year);
  }

  /** One year's schedule for display: whether the year is loaded, and its dated exceptions. */
  async yearSchedule(year: number): Promise<{ loaded: boolean; days: CalendarDayTable[] }> {
    const [years, days] = await Promise.all([listYears(this.db), listDaysOfYear(this.db, year)]);
    return { loaded: years.some((y) => y.year === year), days };
  }

  /** Replaces the schedule of each year in `years` in one transaction, with an audit entry per year. */
  async loadYears(
    years: Map<number, Pick<CalendarFileDay, 'date' | 'kind' | 'name'>[]>,
    source: string,
    actor: Actor,
  ): Promise<YearLoadSummary[]> {
    const summaries: YearLoadSummary[] = [];
    await this.db.transaction().execute(async (trx) => {
      const existing = new Map((await listYears(trx)).map((y) => [y.year, y]));
      for (const [year, days] of [...years].sort(([a], [b]) => a - b)) {
        const before = existing.get(year);
        const previousDays = before ? await listDaysOfYear(trx, year) : [];
        await replaceYear(
          trx,
          {
            year,
            source,
            loaded_at: new Date().toISOString(),
            loaded_by: actor.name,
            day_count: days.length,
          },
          days.map(({ date, kind, name }) => ({ date, kind, name })),
        );
        const summary = {
          year,
          holidays: days.filter((d) => d.kind === 'holiday').length,
          workdays: days.filter((d) => d.kind === 'workday').length,
          replaced: before !== undefined,
        };
        await recordAudit(trx, actor, {
          action: before ? 'calendar.year.replace' : 'calendar.year.load',
          targetType: 'calendar_year',
          targetId: String(year),
          detail: {
            source,
            before: before
              ? { source: before.source, days: previousDays.map((d) => `${d.date}:${d.kind}:${d.name}`) }
              : null,
            after: { days: days.map((d) => `${d.date}:${d.kind}:${d.name}`) },
          },
        });
        summaries.push(summary);
      }
    });
    this.invalidate();
    return summaries;
  }

  /**
   * Loads the bundled official schedules for every year not yet in the database; years an
   * administrator loaded are left as they are. Returns the years added.
   */
  async seedBundled(actor: Actor): Promise<number[]> {
    const loaded = new Set((await listYears(this.db)).map((y) => y.year));
    const missing = new Map([...bundledSchedules()].filter(([year]) => !loaded.has(year)));
    if (missing.size === 0) return [];
    await this.loadYears(missing, SEED_SOURCE, actor);
    return [...missing.keys()].sort((a, b) => a - b);
  }

  /** The latest year with a loaded schedule, or null. */
  async latestYear(): Promise<number | null> {
    const [latest] = await listYears(this.db);
    return latest?.year ?? null;
  }
}
