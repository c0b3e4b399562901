import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { type AppContext, createContext, type ExtraHandlers } from './context.ts';
import { SYSTEM_ACTOR } from './platform/audit/audit.ts';
import type { Config } from './platform/config.ts';
import { describeDemoLogins, seed } from './seed.ts';

/** A listening node and the way to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  context: AppContext;
  url: string;
  /** Stops taking requests, lets in-flight requests and jobs finish (up to the grace period), closes the database. */
  close: () => Promise<void>;
}

/** Migrates, seeds what is missing, listens, and starts the job scheduler. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { extraHandlers?: ExtraHandlers } = {},
): Promise<RunningServer> {
  const context = await createContext(config, logger, { migrate: true, ...options });
  const report = await seed(context, SYSTEM_ACTOR);
  if (report.calendarYears.length)
    logger.info({ years: report.calendarYears }, 'bundled holiday calendar loaded');
  if (report.regions) logger.info({ regions: report.regions }, 'Liaoning regions loaded');
  if (report.demo) for (const line of describeDemoLogins(report.demo)) process.stdout.write(`${line}\n`);
  const app = await buildApp(context);
  const url = await app.listen({ port: config.port, host: config.host });
  if (config.jobsEnabled) {
    await context.scheduler.ensureRecurring(context.recurringJobs);
    context.scheduler.start();
  }
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      await context.scheduler.stop(config.shutdownGraceMs);
      await context.database.close();
    })();
    return closing;
  };
  logger.info(
    { url, nodeId: context.scheduler.nodeId, dialect: context.database.dialect },
    'Jiandu is serving',
  );
  return { app, context, url, close };
}

/** Closes the server on SIGTERM or SIGINT, and exits even if something hangs past the grace period. */
export function closeOnSignals(server: RunningServer, logger: Logger, graceMs: number): void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, graceMs + 5000).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
