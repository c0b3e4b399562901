import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import type { AuditEventTable, AuditResult } from './audit.table.ts';

/** The `prev_hash` of the very first row, before anything was archived. */
export const GENESIS_HASH = '0'.repeat(64);

/** Rows are read this many at a time, so verifying a long trail never loads it whole. */
export const CHAIN_BATCH_SIZE = 1000;

/** An audit row as the chain sees it, with `seq` as a number on both dialects. */
export interface ChainRow {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  org_id: string | null;
  ip: string | null;
  user_agent: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: string;
  result: AuditResult;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** Normalises a selected row (pg returns bigint as text) and fixes the key order archives are written in. */
export function toChainRow(row: Selectable<AuditEventTable>): ChainRow {
  return {
    seq: toNumber(row.seq),
    id: row.id,
    at: row.at,
    actor_id: row.actor_id,
    actor_name: row.actor_name,
    org_id: row.org_id,
    ip: row.ip,
    user_agent: row.user_agent,
    action: row.action,
    target_type: row.target_type,
    target_id: row.target_id,
    detail: row.detail,
    result: row.result,
    request_id: row.request_id,
    prev_hash: row.prev_hash,
    hash: row.hash,
  };
}

/** The hashed content of a row: a JSON array in a fixed order, so the same row always hashes the same. */
export function canonicalContent(row: Omit<ChainRow, 'prev_hash' | 'hash'>): string {
  return JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.actor_id,
    row.actor_name,
    row.org_id,
    row.ip,
    row.user_agent,
    row.action,
    row.target_type,
    row.target_id,
    row.detail,
    row.result,
    row.request_id,
  ]);
}

/** Hex SM3 (GB/T 32905, as 等保 asks) over the previous hash and the row's content. */
export function chainHash(prevHash: string, row: Omit<ChainRow, 'prev_hash' | 'hash'>): string {
  return createHash('sm3')
    .update(`${prevHash}\n${canonicalContent(row)}`)
    .digest('hex');
}

/** Where the walk stands: the sequence number and previous hash the next row must carry. */
export interface ChainCursor {
  seq: number;
  prevHash: string;
}

/** The first place the chain is broken, named so an auditor can find the row. */
export interface ChainProblem {
  kind: 'edited' | 'removed' | 'reordered' | 'inserted' | 'truncated';
  seq: number;
  id: string | null;
  message: string;
}

/**
 * Checks one row against the cursor. Messages name only the row's seq and id, never its content,
 * so a verification report cannot leak personal data that a tampered row might hold.
 */
export function findProblem(cursor: ChainCursor, row: ChainRow): ChainProblem | null {
  const where = `序号 ${row.seq} (id ${row.id})`;
  const named = { seq: row.seq, id: row.id };
  if (row.seq > cursor.seq) {
    const missing = row.seq - 1 > cursor.seq ? `${cursor.seq}–${row.seq - 1}` : `${cursor.seq}`;
    return { kind: 'removed', ...named, message: `审计日志被删除: 缺少序号 ${missing}, 位于${where}之前` };
  }
  if (row.seq < cursor.seq)
    return {
      kind: 'reordered',
      ...named,
      message: `审计日志顺序错乱: ${where}出现在序号 ${cursor.seq} 的位置`,
    };
  if (row.prev_hash !== cursor.prevHash)
    return {
      kind: 'reordered',
      ...named,
      message: `审计日志链断裂: ${where}的前序哈希与上一条不符 (记录被调换、替换, 或上一条被删除)`,
    };
  if (chainHash(row.prev_hash, row) !== row.hash)
    return { kind: 'edited', ...named, message: `审计日志被篡改: ${where}的内容与其哈希不符` };
  return null;
}

/** The outcome of walking the whole trail. */
export type ChainReport =
  | { ok: true; rows: number; lastSeq: number; lastHash: string; archivedThroughSeq: number }
  | { ok: false; rows: number; problem: ChainProblem };

/**
 * Walks the trail in seq order from the retention anchor to the head and reports the first broken
 * row. Run it in a read transaction so that concurrent appends or archiving cannot look like
 * tampering (repeatable read gives PostgreSQL a snapshot; SQLite's read transaction is one anyway).
 */
export async function verifyAuditChain(db: Db, batchSize = CHAIN_BATCH_SIZE): Promise<ChainReport> {
  if (!db.isTransaction)
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => verifyAuditChain(trx, batchSize));
  const retention = await db.selectFrom('audit_retention').selectAll().where('id', '=', 1).executeTakeFirst();
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!head) throw new Error('审计日志链头记录 (audit_head) 缺失, 无法校验');
  const archivedThroughSeq = toNumber(retention?.archived_through_seq ?? 0);
  const headSeq = toNumber(head.last_seq);
  const cursor: ChainCursor = {
    seq: archivedThroughSeq + 1,
    prevHash: retention?.anchor_hash ?? GENESIS_HASH,
  };
  let rows = 0;
  let last: ChainRow | undefined;
  for (;;) {
    const after = last?.seq;
    const batch = await db
      .selectFrom('audit_event')
      .selectAll()
      .$if(after !== undefined, (qb) => qb.where('seq', '>', after!))
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    for (const selected of batch) {
      const row = toChainRow(selected);
      const problem = findProblem(cursor, row) ?? beyondHead(row, headSeq);
      if (problem) return { ok: false, rows, problem };
      rows += 1;
      cursor.seq = row.seq + 1;
      cursor.prevHash = row.hash;
      last = row;
    }
    if (batch.length < batchSize) break;
  }
  const lastSeq = cursor.seq - 1;
  // Deleting the newest rows leaves a perfect chain behind; only the head remembers how long it was.
  if (headSeq > lastSeq)
    return {
      ok: false,
      rows,
      problem: {
        kind: 'truncated',
        seq: lastSeq + 1,
        id: null,
        message: `审计日志末尾被删除: 应有序号 ${lastSeq + 1}–${headSeq}, 现存记录只到序号 ${lastSeq}`,
      },
    };
  if (head.last_hash !== cursor.prevHash)
    return {
      ok: false,
      rows,
      problem: {
        kind: 'edited',
        seq: lastSeq,
        id: last?.id ?? null,
        message: `审计日志链头与序号 ${lastSeq}${last ? ` (id ${last.id})` : ''} 的哈希不符`,
      },
    };
  return { ok: true, rows, lastSeq, lastHash: cursor.prevHash, archivedThroughSeq };
}

/** A well-formed row past the head was written around `recordAudit`, so it is reported as inserted. */
function beyondHead(row: ChainRow, headSeq: number): ChainProblem | null {
  if (row.seq <= headSeq) return null;
  return {
    kind: 'inserted',
    seq: row.seq,
    id: row.id,
    message: `审计日志被插入: 序号 ${row.seq} (id ${row.id}) 超出链头记录的最后序号 ${headSeq}`,
  };
}
