import type SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  SelectQueryNode,
  SqliteDialect,
} from 'kysely';

/** What the driver needs of the better-sqlite3 database (the statement cache in dialect.ts provides it). */
export interface SqliteHandle {
  prepare(text: string): SqliteDatabase.Statement;
  readonly inTransaction: boolean;
  close(): void;
}

/** Savepoint that holds one logical transaction inside the group's physical one. */
const LOGICAL = 'jd_group_tx';

/** A plain read outside any transaction may run inside a pending group; anything else commits the group first. */
const PLAIN_READ = /^\s*(select|with)\b/i;

/** One waiter per acquisition: the connection's lock is released by whoever holds it, once. */
class Mutex {
  #queue: (() => void)[] = [];
  #held = false;

  lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  unlock(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#held = false;
  }
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite. With `synchronous = FULL` every COMMIT waits for an fsync (~5 ms here),
 * and better-sqlite3 waits on the event loop's thread: at a few hundred small transactions a second
 * the process does little but fsync. Here a transaction begins the group's physical transaction if
 * none is open and runs inside it as a savepoint; its commit releases the savepoint and the
 * connection, then waits until the group's single COMMIT (issued once the transactions already
 * queued for the connection have had their turn) has reached the disk. A caller is told "committed"
 * only after that fsync, so durability is what it was; transactions that arrive together share one.
 * A rolled-back transaction rolls back to its savepoint and leaves the rest of the group alone; if
 * SQLite itself abandons the physical transaction (disk full, I/O error) or the COMMIT fails, every
 * transaction of the group that is still waiting fails with that error.
 *
 * Outside transactions, plain reads run on the connection as it is (they may see a group's writes a
 * moment before they reach the disk, as one connection always sees its own writes); any other
 * statement (a write, a pragma) first commits the pending group and then runs on its own.
 */
export class GroupCommitSqliteDriver implements Driver {
  readonly #mutex = new Mutex();
  readonly #database: SqliteHandle;
  /** Transactions released and waiting for the group's COMMIT. */
  #waiting: Waiter[] = [];
  #groupOpen = false;
  #flushScheduled = false;

  constructor(database: SqliteHandle) {
    this.#database = database;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return new GroupConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as GroupConnection;
    if (!this.#groupOpen) {
      // IMMEDIATE: the write lock is taken (waiting out busy_timeout) before anything is read, so a
      // later write in the group never finds its snapshot overtaken by another process's commit.
      this.run('begin immediate');
      this.#groupOpen = true;
    }
    this.run(`savepoint ${LOGICAL}`);
    lease.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as GroupConnection;
    this.run(`release ${LOGICAL}`);
    lease.inTransaction = false;
    const durable = new Promise<void>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    // The connection is free for the next transaction while this one waits for the disk.
    lease.released = true;
    this.#mutex.unlock();
    this.#scheduleFlush();
    await durable;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as GroupConnection;
    // A failed group COMMIT reaches here after the transaction has left the connection: nothing of
    // it is on the connection any more (the group was rolled back and its waiters told).
    if (lease.released) return;
    lease.inTransaction = false;
    if (this.#database.inTransaction) {
      this.run(`rollback to ${LOGICAL}`);
      this.run(`release ${LOGICAL}`);
      return;
    }
    // SQLite rolled the physical transaction back itself: the group's earlier work is gone too.
    this.#abandonGroup(new Error('SQLite 事务已被数据库回滚, 同批提交的事务未能保存'));
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoted(name, compileQuery)}`));
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoted(name, compileQuery)}`));
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoted(name, compileQuery)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const lease = connection as GroupConnection;
    if (lease.released) return;
    lease.released = true;
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    await this.#mutex.lock();
    try {
      this.commitGroup();
    } finally {
      this.#database.close();
      this.#mutex.unlock();
    }
  }

  /** Prepares and runs one statement (the statement cache keeps it). */
  prepare(text: string): SqliteDatabase.Statement {
    return this.#database.prepare(text);
  }

  /** Commits the pending group now; the caller holds the connection. */
  commitGroup(): void {
    if (!this.#groupOpen) return;
    const waiting = this.#waiting;
    this.#waiting = [];
    this.#groupOpen = false;
    try {
      this.run('commit');
    } catch (error) {
      if (this.#database.inTransaction) this.run('rollback');
      for (const waiter of waiting) waiter.reject(error);
      return;
    }
    for (const waiter of waiting) waiter.resolve();
  }

  /** True while a group's physical transaction is open. */
  get groupOpen(): boolean {
    return this.#groupOpen;
  }

  private run(text: string): void {
    this.#database.prepare(text).run();
  }

  #abandonGroup(error: Error): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    this.#groupOpen = false;
    for (const waiter of waiting) waiter.reject(error);
  }

  /** The group commits once every transaction already queued for the connection has run. */
  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      void this.#mutex.lock().then(() => {
        this.#flushScheduled = false;
        try {
          this.commitGroup();
        } finally {
          this.#mutex.unlock();
        }
      });
    });
  }
}

function quoted(name: string, _compileQuery: QueryCompiler['compileQuery']): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`无效的保存点名称: ${name}`);
  return `"${name}"`;
}

/** One holder's use of the single connection. */
class GroupConnection implements DatabaseConnection {
  inTransaction = false;
  released = false;

  constructor(private readonly driver: GroupCommitSqliteDriver) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiledQuery;
    const statement = this.driver.prepare(sql);
    if (!this.inTransaction && this.driver.groupOpen && !(statement.readonly && PLAIN_READ.test(sql)))
      this.driver.commitGroup();
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    return Promise.resolve({
      numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
      insertId:
        lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
      rows: [],
    });
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const { sql, parameters, query } = compiledQuery;
    if (!SelectQueryNode.is(query)) throw new Error('SQLite 仅支持流式读取 SELECT 查询');
    const statement = this.driver.prepare(sql);
    for (const row of statement.iterate(parameters)) yield { rows: [row as R] };
  }
}

/** Kysely's SQLite dialect with the group-commit driver. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #database: SqliteHandle;

  constructor(database: SqliteHandle) {
    super({ database: database as unknown as SqliteDatabase.Database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new GroupCommitSqliteDriver(this.#database);
  }
}
