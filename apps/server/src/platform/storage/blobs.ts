import type { Readable } from 'node:stream';
import { type Actor, recordAudit, SYSTEM_ACTOR } from '../audit/audit.ts';
import { toNumber } from '../db/dialect.ts';
import type { Db } from '../db/tables.ts';
import { AppError } from '../errors.ts';
import { assertSha256, type BlobStore, digestOf } from './blob-store.ts';
import * as repo from './blobs.repository.ts';
import type { BlobRow, BlobVerifyStatus } from './blobs.table.ts';

/** A registered file as callers see it (the case module attaches its evidence metadata to `sha256`). */
export interface BlobRecord {
  sha256: string;
  sm3: string;
  size: number;
  createdAt: string;
  lastVerifiedAt: string | null;
  verifyStatus: BlobVerifyStatus | null;
  verifyDetail: string | null;
}

/** The result of storing an upload: the record, and whether these bytes were new to the store. */
export interface StoredBlob extends BlobRecord {
  created: boolean;
}

/** The outcome of re-reading one file. */
export interface BlobVerification {
  sha256: string;
  status: BlobVerifyStatus;
  detail: string | null;
  verifiedAt: string;
}

/** Where a full verification run stands; `failures` keeps the first 100 problems for display. */
export interface VerifySummary {
  total: number;
  checked: number;
  ok: number;
  mismatch: number;
  missing: number;
  failures: BlobVerification[];
}

/** How a full verification run is driven. */
export interface VerifyAllOptions {
  /** Who is checking; named on the audit entries of any failures. */
  actor?: Actor;
  batchSize?: number;
  signal?: AbortSignal;
  /** Called after each file, with that file's outcome and the running totals. */
  onProgress?: (last: BlobVerification, summary: VerifySummary) => void;
}

const MAX_LISTED_FAILURES = 100;

function present(row: BlobRow): BlobRecord {
  return {
    sha256: row.sha256,
    sm3: row.sm3,
    size: toNumber(row.size),
    createdAt: row.created_at,
    lastVerifiedAt: row.last_verified_at,
    verifyStatus: row.verify_status,
    verifyDetail: row.verify_detail,
  };
}

/**
 * The evidence file register over a blob store: stores uploads once per content with their SHA-256
 * and SM3, and re-reads stored files to prove they are unchanged, recording and auditing any that
 * were altered or lost.
 */
export class BlobService {
  constructor(
    private readonly db: Db,
    private readonly blobStore: BlobStore,
    private readonly defaults: { maxBytes: number },
  ) {}

  /** Streams an upload into the store and registers it; the same bytes twice keep one file and one row. */
  async store(
    source: Readable,
    maxBytes = this.defaults.maxBytes,
    signal?: AbortSignal,
  ): Promise<StoredBlob> {
    const put = await this.blobStore.put(source, { maxBytes, ...(signal ? { signal } : {}) });
    const now = new Date().toISOString();
    const inserted = await repo.insertBlob(this.db, {
      sha256: put.sha256,
      sm3: put.sm3,
      size: put.size,
      created_at: now,
      last_verified_at: null,
      verify_status: null,
      verify_detail: null,
    });
    if (!inserted && put.created) {
      // The register knew this hash but its file was gone; bytes hashing to the name restore it.
      await repo.recordVerification(this.db, put.sha256, {
        status: 'ok',
        detail: '文件缺失后重新上传',
        at: now,
      });
    }
    return { ...present((await repo.findBlob(this.db, put.sha256))!), created: inserted };
  }

  /** A registered file's record, or null. */
  async find(sha256: string): Promise<BlobRecord | null> {
    assertSha256(sha256);
    const row = await repo.findBlob(this.db, sha256);
    return row ? present(row) : null;
  }

  /** The bytes of a registered file (downloads); NOT_FOUND when unregistered or gone from the store. */
  async open(sha256: string): Promise<Readable> {
    if (!(await this.find(sha256))) throw new AppError('NOT_FOUND', `未登记的证据文件: ${sha256}`);
    return this.blobStore.open(sha256);
  }

  /** Re-reads one file, records the outcome, and audits it when the file was altered or lost. */
  async verify(sha256: string, actor: Actor = SYSTEM_ACTOR, signal?: AbortSignal): Promise<BlobVerification> {
    assertSha256(sha256);
    const row = await repo.findBlob(this.db, sha256);
    if (!row) throw new AppError('NOT_FOUND', `未登记的证据文件: ${sha256}`);
    const result = await this.#check(row, signal);
    await this.#record([result], actor);
    return result;
  }

  /** Re-reads every registered file in hash order, a batch at a time, so memory stays flat however many there are. */
  async verifyAll(options: VerifyAllOptions = {}): Promise<VerifySummary> {
    const batchSize = options.batchSize ?? 100;
    const summary: VerifySummary = {
      total: await repo.countBlobs(this.db),
      checked: 0,
      ok: 0,
      mismatch: 0,
      missing: 0,
      failures: [],
    };
    let after: string | null = null;
    for (;;) {
      const rows = await repo.listBlobsAfter(this.db, after, batchSize);
      if (!rows.length) break;
      const results: BlobVerification[] = [];
      for (const row of rows) {
        options.signal?.throwIfAborted();
        const result = await this.#check(row, options.signal);
        results.push(result);
        summary.checked += 1;
        summary[result.status] += 1;
        if (result.status !== 'ok' && summary.failures.length < MAX_LISTED_FAILURES)
          summary.failures.push(result);
        options.onProgress?.(result, summary);
      }
      await this.#record(results, options.actor ?? SYSTEM_ACTOR);
      after = rows.at(-1)!.sha256;
    }
    return summary;
  }

  /** Removes temporary files of uploads cut short by a crash. */
  sweepTemporary(olderThanMs: number): Promise<number> {
    return this.blobStore.sweep(olderThanMs);
  }

  async #check(row: BlobRow, signal?: AbortSignal): Promise<BlobVerification> {
    const verifiedAt = new Date().toISOString();
    let source: Readable;
    try {
      source = await this.blobStore.open(row.sha256);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        return { sha256: row.sha256, status: 'missing', detail: '存储中找不到该文件', verifiedAt };
      }
      throw error;
    }
    const actual = await digestOf(source, signal);
    const size = toNumber(row.size);
    const problems = [
      ...(actual.sha256 === row.sha256 ? [] : [`SHA-256 为 ${actual.sha256}`]),
      ...(actual.sm3 === row.sm3 ? [] : [`SM3 为 ${actual.sm3}`]),
      ...(actual.size === size ? [] : [`大小为 ${actual.size} 字节 (登记为 ${size} 字节)`]),
    ];
    return problems.length
      ? {
          sha256: row.sha256,
          status: 'mismatch',
          detail: `文件内容与登记不符: ${problems.join('; ')}`,
          verifiedAt,
        }
      : { sha256: row.sha256, status: 'ok', detail: null, verifiedAt };
  }

  /** Writes the outcomes and, in the same transaction, one audit entry naming every failed hash. */
  async #record(results: BlobVerification[], actor: Actor): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const r of results) {
        await repo.recordVerification(trx, r.sha256, {
          status: r.status,
          detail: r.detail,
          at: r.verifiedAt,
        });
      }
      const failed = results.filter((r) => r.status !== 'ok');
      if (!failed.length) return;
      await recordAudit(trx, actor, {
        action: 'blob.verify_failed',
        targetType: 'blob',
        targetId: failed.length === 1 ? failed[0]!.sha256 : null,
        detail: {
          mismatch: failed.filter((r) => r.status === 'mismatch').map((r) => r.sha256),
          missing: failed.filter((r) => r.status === 'missing').map((r) => r.sha256),
        },
        result: 'failure',
      });
    });
  }
}
