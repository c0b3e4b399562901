import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect, type SqliteHandle } from '../src/platform/db/sqlite-group-commit.ts';

interface Tables {
  note: { id: number; text: string };
}

/** A file database behind the group-commit dialect, counting the physical COMMITs it issues. */
function open(file: string, failCommits = 0) {
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  const counts = { commits: 0, failCommits };
  const handle: SqliteHandle = {
    prepare(text) {
      if (/^commit$/i.test(text.trim())) {
        counts.commits++;
        if (counts.failCommits > 0) {
          counts.failCommits--;
          throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        }
      }
      return database.prepare(text);
    },
    get inTransaction() {
      return database.inTransaction;
    },
    close: () => database.close(),
  };
  const db = new Kysely<Tables>({ dialect: new GroupCommitSqliteDialect(handle) });
  return { db, counts };
}

/** A transaction holding the connection (`inside` resolves once it has written) and its result. */
function pendingTransaction(db: Kysely<Tables>, text: string) {
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const pending = db.transaction().execute(async (trx) => {
    await trx.insertInto('note').values({ id: 1, text }).execute();
    entered();
  });
  return { pending, inside };
}

/** What another connection to the file sees: only what has been committed. */
function committedTexts(file: string): string[] {
  const reader = new SqliteDatabase(file, { readonly: true });
  try {
    return (reader.prepare('select text from note order by id').all() as { text: string }[]).map(
      (r) => r.text,
    );
  } finally {
    reader.close();
  }
}

describe('SQLite group commit', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'jiandu-group-commit-'));
    file = path.join(dir, 'db.sqlite');
    const { db } = open(file);
    await sql`create table note (id integer primary key, text text not null unique)`.execute(db);
    await db.destroy();
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets transactions that arrive together share one commit, each told only once it is on disk', async () => {
    const { db, counts } = open(file);
    const seenAtResolve: number[] = [];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db
          .transaction()
          .execute(async (trx) => {
            await trx
              .insertInto('note')
              .values({ id: i + 1, text: `第${i + 1}条` })
              .execute();
          })
          .then(() => seenAtResolve.push(committedTexts(file).length)),
      ),
    );
    expect(committedTexts(file)).toHaveLength(40);
    // Every transaction found its own row (and its group's) on disk when it was told it committed.
    expect(Math.min(...seenAtResolve)).toBeGreaterThan(0);
    expect(counts.commits).toBeLessThan(5);
    await db.destroy();
  });

  it('rolls back only the failing transaction of a group', async () => {
    const { db } = open(file);
    const results = await Promise.allSettled([
      db.transaction().execute((trx) => trx.insertInto('note').values({ id: 1, text: '甲' }).execute()),
      db.transaction().execute(async (trx) => {
        await trx.insertInto('note').values({ id: 2, text: '乙' }).execute();
        throw new Error('办理人取消');
      }),
      db.transaction().execute(async (trx) => {
        // A unique violation inside the group: this transaction fails, the others stand.
        await trx.insertInto('note').values({ id: 3, text: '甲' }).execute();
      }),
      db.transaction().execute((trx) => trx.insertInto('note').values({ id: 4, text: '丁' }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(committedTexts(file)).toEqual(['甲', '丁']);
    await db.destroy();
  });

  it('fails every transaction of a group whose commit fails, and keeps none of them', async () => {
    const { db } = open(file, 1);
    const results = await Promise.allSettled(
      ['甲', '乙', '丙'].map((text, i) =>
        db.transaction().execute((trx) =>
          trx
            .insertInto('note')
            .values({ id: i + 1, text })
            .execute(),
        ),
      ),
    );
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect((results[0] as PromiseRejectedResult).reason.message).toBe('disk I/O error');
    expect(committedTexts(file)).toEqual([]);
    // The connection is usable afterwards.
    await db.transaction().execute((trx) => trx.insertInto('note').values({ id: 9, text: '戊' }).execute());
    expect(committedTexts(file)).toEqual(['戊']);
    await db.destroy();
  });

  it('commits a pending group before a write outside any transaction, which is on disk when it returns', async () => {
    const { db } = open(file);
    const { pending, inside } = pendingTransaction(db, '甲');
    await inside;
    await db.insertInto('note').values({ id: 2, text: '乙' }).execute();
    expect(committedTexts(file)).toEqual(['甲', '乙']);
    await pending;
    await db.destroy();
  });

  it('keeps savepoints inside a transaction and streams reads', async () => {
    const { db } = open(file);
    const trx = await db.startTransaction().execute();
    await trx.insertInto('note').values({ id: 1, text: '甲' }).execute();
    const inner = await trx.savepoint('inner').execute();
    await inner.insertInto('note').values({ id: 2, text: '乙' }).execute();
    await inner.rollbackToSavepoint('inner').execute();
    await trx.insertInto('note').values({ id: 3, text: '丙' }).execute();
    await trx.commit().execute();
    const streamed: string[] = [];
    for await (const row of db.selectFrom('note').select('text').orderBy('id').stream())
      streamed.push(row.text);
    expect(streamed).toEqual(['甲', '丙']);
    expect(committedTexts(file)).toEqual(['甲', '丙']);
    await db.destroy();
  });

  it('commits what is pending when the database is closed', async () => {
    const { db } = open(file);
    const { pending, inside } = pendingTransaction(db, '甲');
    await inside;
    await db.destroy();
    await pending;
    expect(committedTexts(file)).toEqual(['甲']);
  });
});
