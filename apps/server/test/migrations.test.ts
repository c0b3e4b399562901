import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations/index.ts';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/database.ts';
import { currentSchema } from '../src/platform/db/dialect.ts';
import { migrateDown, migrateToLatest, migrationStatus } from '../src/platform/db/migrate.ts';
import type { Database } from '../src/platform/db/tables.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let database: TestDatabase;
let handle: DatabaseHandle<Database>;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = openDatabase<Database>(database.url);
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

describe('migrations', () => {
  it('apply on an empty database, undo step by step, and apply again', async () => {
    const names = Object.keys(migrations).sort();
    expect(await migrateToLatest(handle.db, migrations)).toEqual(names);
    expect(await migrationStatus(handle.db, migrations)).toEqual({ applied: names, pending: [] });
    expect(await migrateToLatest(handle.db, migrations)).toEqual([]);

    for (const name of [...names].reverse()) expect(await migrateDown(handle.db, migrations)).toEqual([name]);
    expect((await migrationStatus(handle.db, migrations)).applied).toEqual([]);
    // Only this file's schema: other files' schemas (PostgreSQL lane) may share the database.
    const schema = await currentSchema(handle.db);
    const tables = (await handle.db.introspection.getTables())
      .filter((t) => !schema || t.schema === schema)
      .map((t) => t.name);
    expect(tables.filter((t) => !t.startsWith('kysely_'))).toEqual([]);

    expect(await migrateToLatest(handle.db, migrations)).toEqual(names);
  });

  it('are named by date so they sort in the order they run', () => {
    for (const name of Object.keys(migrations)) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/);
  });

  it('reject a value outside an enum column on both dialects', async () => {
    await expect(
      handle.db
        .insertInto('calendar_year')
        .values({ year: 2030, source: 't', loaded_at: 'x', loaded_by: 't', day_count: 0 })
        .execute()
        .then(() =>
          handle.db
            .insertInto('calendar_day')
            // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid value.
            .values({ date: '2030-01-01', year: 2030, kind: 'party' as any, name: 'x' })
            .execute(),
        ),
    ).rejects.toThrow(/CHECK|check/);
  });
});
