import type { Logger } from 'pino';
import { type AppContext, createContext } from '../context.ts';
import { type Config, loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';

/** Config and a quiet logger for commands that are not the server (their output is for people). */
export function cliEnvironment(): { config: Config; logger: Logger } {
  const config = loadConfig();
  return { config, logger: createLogger(process.env.LOG_LEVEL ?? 'warn') };
}

/** Runs `work` with a migrated context and always closes the database. */
export async function withContext<T>(work: (context: AppContext) => Promise<T>): Promise<T> {
  const { config, logger } = cliEnvironment();
  const context = await createContext(config, logger, { migrate: true });
  try {
    return await work(context);
  } finally {
    await context.database.close();
  }
}
