import { createHash, createHmac } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import { readArchiveKey, signArchive } from './archive-file.ts';
import { type Actor, recordAudit, SYSTEM_ACTOR } from './audit.ts';
import { CHAIN_BATCH_SIZE, type ChainRow, findProblem, toChainRow } from './chain.ts';

/** 等保 level 3 asks for at least six months of audit records; 190 days leaves a margin. */
export const MIN_AUDIT_RETENTION_DAYS = 190;

/** Where archives go unless told otherwise. */
export const DEFAULT_ARCHIVE_DIRECTORY = path.resolve('data', 'audit-archive');

/** What an archive run wrote and removed. */
export interface ArchiveResult {
  file: string;
  rows: number;
  fromSeq: number;
  throughSeq: number;
}

/** How an archive run is asked for. */
export interface ArchiveOptions {
  /** Archive rows written before this ISO time; clamped to now − retention, so a typo cannot purge. */
  before: string;
  directory: string;
  retentionDays?: number;
  key?: Buffer;
  actor?: Actor;
}

/** The latest instant whose rows may be archived: `before`, but never within the retention period. */
export function archiveCutoff(
  before: string,
  retentionDays = MIN_AUDIT_RETENTION_DAYS,
  now = Date.now(),
): string {
  const days = Math.max(MIN_AUDIT_RETENTION_DAYS, retentionDays);
  const floor = now - days * 86_400_000;
  const asked = Date.parse(before);
  if (Number.isNaN(asked)) throw new Error(`归档截止时间格式错误: ${before}`);
  return new Date(Math.min(asked, floor)).toISOString();
}

/**
 * Exports the oldest rows (those written before the cutoff, as a prefix of the chain) to a signed
 * archive file, fsyncs it, then removes them and moves the retention anchor in one transaction —
 * the only delete the triggers allow. Returns null when nothing is old enough. Safe to repeat:
 * a run that dies after writing the file leaves the rows in place, and the next run rewrites it.
 */
export async function archiveAuditTrail(db: Db, options: ArchiveOptions): Promise<ArchiveResult | null> {
  const cutoff = archiveCutoff(options.before, options.retentionDays);
  const retention = await db.selectFrom('audit_retention').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!retention) throw new Error('审计日志保留记录 (audit_retention) 缺失, 无法归档');
  const archived = toNumber(retention.archived_through_seq);
  // Only a prefix of the chain can go: stop before the first row young enough to stay, even if
  // a clock-skewed node wrote older-looking rows after it. Walking the seq index from the start
  // reads only the rows about to be archived.
  const firstYoung = await db
    .selectFrom('audit_event')
    .select('seq')
    .where('at', '>=', cutoff)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  const last = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  if (last?.seq === null || last?.seq === undefined) return null;
  const throughSeq = firstYoung ? toNumber(firstYoung.seq) - 1 : toNumber(last.seq);
  if (throughSeq <= archived) return null;

  const fromSeq = archived + 1;
  const name = `audit-${String(fromSeq).padStart(12, '0')}-${String(throughSeq).padStart(12, '0')}.ndjson`;
  const file = path.resolve(options.directory, name);
  const written = await writeArchive(
    db,
    file,
    { fromSeq, throughSeq, anchor: retention.anchor_hash },
    options,
  );

  await db.transaction().execute(async (trx) => {
    // Compare-and-set: a concurrent run that got here first makes this one give up.
    const moved = await trx
      .updateTable('audit_retention')
      .set({ archived_through_seq: throughSeq, anchor_hash: written.lastHash })
      .where('id', '=', 1)
      .where('archived_through_seq', '=', archived)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw new Error('审计日志正由另一进程归档, 本次归档已放弃');
    const deleted = await trx.deleteFrom('audit_event').where('seq', '<=', throughSeq).executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== written.rows)
      throw new Error(
        `待删除的审计日志 (${deleted.numDeletedRows} 条) 与归档条数 (${written.rows}) 不符, 已回滚`,
      );
    await recordAudit(trx, options.actor ?? SYSTEM_ACTOR, {
      action: 'audit.archive',
      targetType: 'audit_archive',
      targetId: name,
      detail: { fromSeq, throughSeq, rows: written.rows, cutoff, sm3: written.sm3 },
    });
  });
  return { file, rows: written.rows, fromSeq, throughSeq };
}

/** Streams the rows into `file` (via a temporary name), checking each link, and makes it durable. */
async function writeArchive(
  db: Db,
  file: string,
  range: { fromSeq: number; throughSeq: number; anchor: string },
  options: ArchiveOptions,
): Promise<{ rows: number; lastHash: string; sm3: string }> {
  const key = options.key ?? (await readArchiveKey());
  const partial = `${file}.partial`;
  const body = createHash('sm3');
  const mac = createHmac('sm3', key);
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(partial, 'w', 0o640);
  const cursor = { seq: range.fromSeq, prevHash: range.anchor };
  let rows = 0;
  try {
    for (;;) {
      const batch = (
        await db
          .selectFrom('audit_event')
          .selectAll()
          .where('seq', '>=', cursor.seq)
          .where('seq', '<=', range.throughSeq)
          .orderBy('seq')
          .limit(CHAIN_BATCH_SIZE)
          .execute()
      ).map(toChainRow);
      const lines: string[] = [];
      for (const row of batch) {
        const problem = findProblem(cursor, row);
        // Deleting a tampered stretch would destroy the evidence, so archiving stops instead.
        if (problem) throw new Error(`审计日志链校验失败, 已停止归档: ${problem.message}`);
        lines.push(`${JSON.stringify(row satisfies ChainRow)}\n`);
        cursor.seq = row.seq + 1;
        cursor.prevHash = row.hash;
      }
      const chunk = lines.join('');
      body.update(chunk);
      mac.update(chunk);
      await handle.write(chunk);
      rows += batch.length;
      if (batch.length < CHAIN_BATCH_SIZE || cursor.seq > range.throughSeq) break;
    }
    if (cursor.seq !== range.throughSeq + 1)
      throw new Error(`审计日志链校验失败, 已停止归档: 缺少序号 ${cursor.seq}–${range.throughSeq}`);
    const sm3 = body.digest('hex');
    const { fromSeq, throughSeq, anchor: anchorHash } = range;
    const lastHash = cursor.prevHash;
    await handle.write(
      signArchive({ rows, fromSeq, throughSeq, anchorHash, lastHash, sm3, hmac: mac.digest('hex') }),
    );
    await handle.sync();
    await handle.close();
    await rename(partial, file);
    await syncDirectory(path.dirname(file));
    return { rows, lastHash: cursor.prevHash, sm3 };
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

/** Makes the rename itself durable, so a power cut cannot lose a file whose rows are gone. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
