import type { Migration } from 'kysely';
import * as platform from './2026-11-27-01-platform.ts';

/**
 * Every migration, by dated name. Names sort in the order they run; a migration is frozen once it
 * has landed: change the schema with a new one.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-27-01-platform': platform,
};
