import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/tables.ts';
import { decryptField, encryptField, FieldCipherError, needsRotation } from './field-cipher.ts';
import type { Keyring } from './keyring.ts';

/** A table whose columns hold `encryptField` values, keyed by a column that orders its rows. */
export interface EncryptedTable {
  table: string;
  idColumn: string;
  columns: string[];
}

/** Counts for one table after a re-encryption pass. */
export interface ReencryptCount {
  table: string;
  /** Rows read. */
  rows: number;
  /** Values moved to the active key. */
  reencrypted: number;
}

/** Reported after every batch; `done` marks a table's last one. */
export type ReencryptProgress = ReencryptCount & { done: boolean };

/** Rows per transaction: small enough not to hold locks for long, large enough to finish quickly. */
export const REENCRYPT_BATCH = 500;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const registry = new Map<string, EncryptedTable>();

/**
 * Declares which columns of a table are encrypted, so key rotation finds every value without the
 * platform knowing the modules. Modules call it when they load; the same declaration twice is a no-op.
 */
export function registerEncryptedColumns(spec: EncryptedTable): void {
  const names = [spec.table, spec.idColumn, ...spec.columns];
  const bad = names.filter((n) => !IDENTIFIER.test(n));
  if (bad.length) throw new Error(`加密列登记无效: 名称 ${bad.join(', ')} 须为小写字母、数字和下划线`);
  if (!spec.columns.length || new Set(spec.columns).size !== spec.columns.length)
    throw new Error(`加密列登记无效: 表 ${spec.table} 的加密列须非空且不重复`);
  if (spec.columns.includes(spec.idColumn))
    throw new Error(`加密列登记无效: 表 ${spec.table} 的主键列 ${spec.idColumn} 不能加密`);
  const entry = { table: spec.table, idColumn: spec.idColumn, columns: [...spec.columns] };
  const existing = registry.get(spec.table);
  if (existing && JSON.stringify(existing) !== JSON.stringify(entry))
    throw new Error(`表 ${spec.table} 的加密列已按不同方式登记`);
  registry.set(spec.table, entry);
}

/** Withdraws a table's declaration (tests that declare probe tables of their own). */
export function unregisterEncryptedColumns(table: string): void {
  registry.delete(table);
}

/** Every registered table, in registration order, for rotation and for checks. */
export function encryptedColumns(): readonly EncryptedTable[] {
  return [...registry.values()].map((t) => ({ ...t, columns: [...t.columns] }));
}

type Row = Record<string, unknown>;

/** Re-encrypts one row's stale values; returns how many it changed (0 if a writer got there first). */
async function reencryptRow(trx: Db, spec: EncryptedTable, row: Row, keyring: Keyring): Promise<number> {
  const sets: RawBuilder<unknown>[] = [];
  const unchanged: RawBuilder<unknown>[] = [];
  const id = row[spec.idColumn];
  for (const column of spec.columns) {
    const stored = row[column];
    if (stored === null || stored === undefined) continue;
    try {
      if (typeof stored !== 'string')
        throw new FieldCipherError('format', `加密字段格式错误: 值的类型为 ${typeof stored}`);
      if (!needsRotation(keyring, stored)) continue;
      sets.push(sql`${sql.ref(column)} = ${encryptField(keyring, decryptField(keyring, stored))}`);
      unchanged.push(sql`${sql.ref(column)} = ${stored}`);
    } catch (error) {
      if (!(error instanceof FieldCipherError)) throw error;
      // Stop rather than skip: a value nobody can read is an incident, not something to step over.
      throw new FieldCipherError(
        error.reason,
        `表 ${spec.table} 中 ${String(id)} 行的 ${column} 列: ${error.message}`,
      );
    }
  }
  if (!sets.length) return 0;
  // Only if the values are still the ones read: a node writing meanwhile wins, and the next pass
  // catches whatever it wrote under an old key.
  const result = await sql`update ${sql.table(spec.table)} set ${sql.join(sets)}
    where ${sql.ref(spec.idColumn)} = ${id} and ${sql.join(unchanged, sql` and `)}`.execute(trx);
  return Number(result.numAffectedRows ?? 0n) > 0 ? sets.length : 0;
}

async function reencryptTable(
  db: Db,
  spec: EncryptedTable,
  keyring: Keyring,
  onProgress?: (progress: ReencryptProgress) => void,
): Promise<ReencryptCount> {
  const count: ReencryptCount = { table: spec.table, rows: 0, reencrypted: 0 };
  const id = sql.ref(spec.idColumn);
  const columns = sql.join([id, ...spec.columns.map((c) => sql.ref(c))]);
  let cursor: unknown;
  for (;;) {
    const after = cursor === undefined ? sql.raw('') : sql`where ${id} > ${cursor}`;
    const batch = await db.transaction().execute(async (trx) => {
      const { rows } = await sql<Row>`select ${columns} from ${sql.table(spec.table)} ${after}
        order by ${id} limit ${REENCRYPT_BATCH}`.execute(trx);
      let changed = 0;
      for (const row of rows) changed += await reencryptRow(trx, spec, row, keyring);
      return { rows: rows.length, changed, last: rows.at(-1)?.[spec.idColumn] };
    });
    count.rows += batch.rows;
    count.reencrypted += batch.changed;
    cursor = batch.last;
    const done = batch.rows < REENCRYPT_BATCH;
    onProgress?.({ ...count, done });
    if (done) return count;
  }
}

/**
 * Moves every registered encrypted value that is not under the active key onto it, one transaction
 * per batch of rows in id order. Safe to stop and run again: values already moved are skipped.
 */
export async function reencryptAll(
  db: Db,
  keyring: Keyring,
  onProgress?: (progress: ReencryptProgress) => void,
  tables: readonly EncryptedTable[] = encryptedColumns(),
): Promise<ReencryptCount[]> {
  const counts: ReencryptCount[] = [];
  for (const spec of tables) counts.push(await reencryptTable(db, spec, keyring, onProgress));
  return counts;
}
