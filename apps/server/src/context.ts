import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { migrations } from './migrations/index.ts';
import { registerCalendarJobs } from './platform/calendar/calendar.jobs.ts';
import { CalendarService } from './platform/calendar/calendar.service.ts';
import type { Config } from './platform/config.ts';
import { type DatabaseHandle, openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import type { Database } from './platform/db/tables.ts';
import { newId } from './platform/ids.ts';
import { registerJobHousekeeping } from './platform/jobs/jobs.jobs.ts';
import { type JobHandler, JobScheduler, type RecurringJob } from './platform/jobs/scheduler.ts';

/** Everything a running Jiandu node holds: the database, the services and the scheduler. */
export interface AppContext {
  config: Config;
  logger: Logger;
  database: DatabaseHandle<Database>;
  calendar: CalendarService;
  scheduler: JobScheduler;
  recurringJobs: RecurringJob[];
}

/** Extra job handlers (tests register theirs this way). */
export type ExtraHandlers = Record<string, JobHandler>;

/** Opens the database and wires the services. Migrations run only when `migrate` is set. */
export async function createContext(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; extraHandlers?: ExtraHandlers } = {},
): Promise<AppContext> {
  const database = openDatabase<Database>(config.databaseUrl);
  try {
    if (options.migrate) {
      const applied = await migrateToLatest(database.db, migrations);
      if (applied.length) logger.info({ applied }, 'migrations applied');
    }
    const calendar = new CalendarService(database.db);
    const scheduler = new JobScheduler(database.db, {
      nodeId: config.nodeId ?? `${hostname()}:${process.pid}:${newId().slice(-6)}`,
      leaseSeconds: config.jobLeaseSeconds,
      pollMs: config.jobPollMs,
      logger: logger.child({ component: 'jobs' }),
    });
    const recurringJobs = [
      ...registerCalendarJobs(scheduler, calendar),
      ...registerJobHousekeeping(scheduler, database.db),
    ];
    for (const [name, handler] of Object.entries(options.extraHandlers ?? {}))
      scheduler.register(name, handler);
    return { config, logger, database, calendar, scheduler, recurringJobs };
  } catch (error) {
    await database.close();
    throw error;
  }
}
