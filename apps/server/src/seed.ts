import type { AppContext } from './context.ts';
import type { Actor } from './platform/audit/audit.ts';

/** What seeding added. */
export interface SeedReport {
  calendarYears: number[];
}

/**
 * Loads what a fresh install needs and the Liaoning demo data. Idempotent: what is present is
 * left alone, so it is safe on every start.
 */
export async function seed(context: AppContext, actor: Actor): Promise<SeedReport> {
  const calendarYears = await context.calendar.seedBundled(actor);
  return { calendarYears };
}
