import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import { currentSchema } from './dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations work on whatever schema exists, as Kysely's own Migrator does.
type AnyDb = Kysely<any>;

/** What a migration run did, for the CLI and the readiness check. */
export interface MigrationReport {
  applied: string[];
  pending: string[];
}

async function migratorFor(db: AnyDb, migrations: Record<string, Migration>): Promise<Migrator> {
  const schema = await currentSchema(db);
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

function unwrap(result: MigrationResultSet, verb: string): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`数据库迁移${verb}失败${failed ? ` (${failed})` : ''}: ${reason}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Brings the schema to the newest migration. Kysely takes a lock (an advisory lock on PostgreSQL),
 * so several nodes starting at once migrate exactly once.
 */
export async function migrateToLatest(db: AnyDb, migrations: Record<string, Migration>): Promise<string[]> {
  return unwrap(await (await migratorFor(db, migrations)).migrateToLatest(), '');
}

/** Undoes the newest applied migration. */
export async function migrateDown(db: AnyDb, migrations: Record<string, Migration>): Promise<string[]> {
  return unwrap(await (await migratorFor(db, migrations)).migrateDown(), '回退');
}

/** Lists applied and pending migrations without changing anything. */
export async function migrationStatus(
  db: AnyDb,
  migrations: Record<string, Migration>,
): Promise<MigrationReport> {
  const info = await (await migratorFor(db, migrations)).getMigrations();
  return {
    applied: info.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: info.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
