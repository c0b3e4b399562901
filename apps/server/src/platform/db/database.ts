import { Kysely } from 'kysely';
import { createDialect, type DatabaseTarget, type DialectName, parseDatabaseUrl } from './dialect.ts';

/** An open database with its dialect name and a way to close it fully. */
export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  dialect: DialectName;
  target: DatabaseTarget;
  close: () => Promise<void>;
}

/** Opens the database that DATABASE_URL names. */
export function openDatabase<DB>(url: string, options: { poolSize?: number } = {}): DatabaseHandle<DB> {
  const target = parseDatabaseUrl(url);
  const db = new Kysely<DB>({ dialect: createDialect(target, options.poolSize) });
  return { db, dialect: target.dialect, target, close: () => db.destroy() };
}
