import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import type { Db } from '../db/tables.ts';
import {
  encryptedColumns,
  REENCRYPT_BATCH,
  type ReencryptProgress,
  reencryptAll,
  registerEncryptedColumns,
  unregisterEncryptedColumns,
} from './encrypted-columns.ts';
import { decryptField, encryptField, keyIdOf } from './field-cipher.ts';
import { createKeyring } from './keyring.ts';

interface Person {
  id: number;
  id_number: string | null;
  phone: string | null;
}
type ProbeDb = Kysely<{ person_probe: Person }>;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const K1 = { enc: hex(16), mac: hex(32) };
const INDEX = hex(32);
const underK1 = createKeyring({ active: 'k1', keys: { k1: K1 }, index: INDEX });
const rotated = createKeyring({
  active: 'k2',
  keys: { k1: K1, k2: { enc: hex(16), mac: hex(32) } },
  index: INDEX,
});

// More than two batches, so the cursor has to carry across transactions.
const ROWS = REENCRYPT_BATCH * 2 + 37;
const idNumber = (i: number) => `2101021990${String(i).padStart(7, '0')}X`;
const phone = (i: number) => `138${String(i).padStart(8, '0')}`;

let database: TestDatabase;
let handle: DatabaseHandle<{ person_probe: Person }>;
let probe: ProbeDb;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = openDatabase(database.url);
  probe = handle.db;
  await sql`create table person_probe (id integer primary key, id_number text, phone text)`.execute(probe);
  const rows = Array.from({ length: ROWS }, (_, n) => {
    const i = n + 1;
    // Some people gave no phone; nulls must stay null.
    return {
      id: i,
      id_number: encryptField(underK1, idNumber(i)),
      phone: i % 7 ? encryptField(underK1, phone(i)) : null,
    };
  });
  for (let start = 0; start < rows.length; start += 400)
    await probe
      .insertInto('person_probe')
      .values(rows.slice(start, start + 400))
      .execute();
  registerEncryptedColumns({ table: 'person_probe', idColumn: 'id', columns: ['id_number', 'phone'] });
});
afterAll(async () => {
  unregisterEncryptedColumns('person_probe');
  await handle.close();
  await database.drop();
});

// Other modules register their tables on import; these tests walk only the probe table.
const probeOnly = () => encryptedColumns().filter((t) => t.table === 'person_probe');
const all = () => probe.selectFrom('person_probe').selectAll().orderBy('id').execute();

describe('registerEncryptedColumns', () => {
  it('lists registered tables and accepts the same declaration twice', () => {
    registerEncryptedColumns({ table: 'person_probe', idColumn: 'id', columns: ['id_number', 'phone'] });
    expect(encryptedColumns()).toContainEqual({
      table: 'person_probe',
      idColumn: 'id',
      columns: ['id_number', 'phone'],
    });
  });

  it('refuses a conflicting declaration, odd identifiers and an encrypted id column', () => {
    expect(() =>
      registerEncryptedColumns({ table: 'person_probe', idColumn: 'id', columns: ['phone'] }),
    ).toThrow('已按不同方式登记');
    expect(() => registerEncryptedColumns({ table: 'x"; drop', idColumn: 'id', columns: ['a'] })).toThrow(
      '加密列登记无效',
    );
    expect(() => registerEncryptedColumns({ table: 't', idColumn: 'id', columns: ['id'] })).toThrow(
      '不能加密',
    );
    expect(probeOnly()).toHaveLength(1);
  });
});

describe('reencryptAll', () => {
  it('moves every value from k1 to k2 in batches, keeping plaintexts and nulls', async () => {
    const progress: ReencryptProgress[] = [];
    const counts = await reencryptAll(probe as unknown as Db, rotated, (p) => progress.push(p), probeOnly());
    const nulls = Math.floor(ROWS / 7);
    expect(counts).toEqual([{ table: 'person_probe', rows: ROWS, reencrypted: ROWS * 2 - nulls }]);
    expect(progress.map((p) => [p.rows, p.done])).toEqual([
      [REENCRYPT_BATCH, false],
      [REENCRYPT_BATCH * 2, false],
      [ROWS, true],
    ]);
    const rows = await all();
    expect(rows).toHaveLength(ROWS);
    for (const row of rows) {
      expect(keyIdOf(row.id_number!)).toBe('k2');
      expect(decryptField(rotated, row.id_number!)).toBe(idNumber(row.id));
      if (row.id % 7) {
        expect(keyIdOf(row.phone!)).toBe('k2');
        expect(decryptField(rotated, row.phone!)).toBe(phone(row.id));
      } else expect(row.phone).toBeNull();
    }
  });

  it('changes nothing on a second run', async () => {
    const before = await all();
    const counts = await reencryptAll(probe as unknown as Db, rotated, undefined, probeOnly());
    expect(counts).toEqual([{ table: 'person_probe', rows: ROWS, reencrypted: 0 }]);
    expect(await all()).toEqual(before);
  });

  it('stops at a value it cannot verify, naming where it is but not what it says', async () => {
    // Flip the MAC's first character: it carries six full bits (the last one may carry only padding).
    const parts = encryptField(underK1, '210102199912319999').split('.');
    const mac = parts[4]!;
    parts[4] = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    const forged = parts.join('.');
    await probe.updateTable('person_probe').set({ phone: forged }).where('id', '=', 7).execute();
    await expect(reencryptAll(probe as unknown as Db, rotated, undefined, probeOnly())).rejects.toThrow(
      /^表 person_probe 中 7 行的 phone 列: 加密字段完整性校验失败/,
    );
  });
});
