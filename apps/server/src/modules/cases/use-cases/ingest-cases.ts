import {
  type BatchResult,
  type CaseRecord,
  CaseRecordSchema,
  type RecordResult,
} from '@jiandu/contracts/exchange';
import type { ControlledTransaction, Insertable } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type SourceActor } from '../../../platform/authz/actor.ts';
import type { Keyring } from '../../../platform/crypto/keyring.ts';
import { bulkCommitRows, isUniqueViolation } from '../../../platform/db/dialect.ts';
import type { Database, Db } from '../../../platform/db/tables.ts';
import { newId } from '../../../platform/ids.ts';
import type { OrgService } from '../../orgs/orgs.service.ts';
import { storedFormOf } from '../case-content.ts';
import * as repo from '../cases.repository.ts';
import type { CaseVersionTable, EnforcementCaseTable } from '../cases.table.ts';
import type { BodyItem } from '../exchange-body.ts';
import { fastRecord } from '../fast-record.ts';
import { recordError, recordErrors } from '../record-errors.ts';

/** Records prepared and written together: bounds the memory a request holds. */
export const INGEST_CHUNK = 500;

interface Valid {
  line: number;
  externalId: string;
  record: CaseRecord;
  canonical: string;
}

type Prepared = Valid | RecordResult;

/** The agency a credit code names, as far as the ingest cares. */
interface AgencyRef {
  id: string;
  regionCode: string;
}

/** What the ingest works with; the service passes its own. */
export interface IngestDeps {
  db: Db;
  keyring: Keyring;
  orgs: OrgService;
}

const isValid = (item: Prepared): item is Valid => 'record' in item;

/** Parses and validates one record's text; CPU only, no database. */
function prepare(item: BodyItem): Prepared {
  let value: unknown;
  try {
    value = JSON.parse(item.text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message.slice(0, 80)}` : '';
    return {
      line: item.line,
      externalId: null,
      status: 'rejected',
      errors: [recordError('INVALID_JSON', '', `第 ${item.line} 条不是合法的 JSON${reason}`)],
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      line: item.line,
      externalId: null,
      status: 'rejected',
      errors: [recordError('NOT_AN_OBJECT', '')],
    };
  }
  // The hand-written check answers for nearly every record; zod words the problems of the rest.
  const fast = fastRecord(value as Record<string, unknown>);
  if (fast)
    return { line: item.line, externalId: fast.externalId, record: fast, canonical: JSON.stringify(fast) };
  const raw = (value as { externalId?: unknown }).externalId;
  const externalId = typeof raw === 'string' && raw.length >= 1 && raw.length <= 64 ? raw : null;
  const parsed = CaseRecordSchema.safeParse(value, { reportInput: true });
  if (!parsed.success)
    return { line: item.line, externalId, status: 'rejected', errors: recordErrors(parsed.error) };
  return {
    line: item.line,
    externalId: parsed.data.externalId,
    record: parsed.data,
    canonical: JSON.stringify(parsed.data),
  };
}

/**
 * Stores a stream of exchange records for one source, a chunk per transaction: each valid record
 * is created, updated, recognised as unchanged or stale, or rejected with its reasons (spec
 * "Versioning and idempotency"). Replaying a batch changes nothing; a crash part-way loses at
 * most the chunk in flight, and replaying the batch completes it.
 */
export class CaseIngest {
  readonly #agencies = new Map<string, AgencyRef | null>();
  readonly #counts = { received: 0, created: 0, updated: 0, unchanged: 0, stale: 0, rejected: 0 };
  readonly #results: RecordResult[] = [];
  #trx: ControlledTransaction<Database> | null = null;
  readonly #commitEvery: number;
  #uncommitted = 0;

  constructor(
    private readonly deps: IngestDeps,
    private readonly source: SourceActor,
  ) {
    // A crash loses at most the records since the last commit; replaying the batch completes them.
    this.#commitEvery = bulkCommitRows(deps.db);
  }

  /** Reads every item, storing as it goes; returns the spec's response body. */
  async run(items: AsyncIterable<BodyItem>): Promise<BatchResult> {
    let chunk: Prepared[] = [];
    try {
      try {
        for await (const item of items) {
          chunk.push(prepare(item));
          if (chunk.length >= INGEST_CHUNK) {
            await this.#flush(chunk);
            chunk = [];
          }
        }
      } catch (error) {
        // The body failed (over the limits, cut off): what was stored before it stays stored.
        await this.#commit();
        throw error;
      }
      await this.#flush(chunk);
      await this.#commit();
    } catch (error) {
      await this.#rollback();
      throw error;
    } finally {
      await this.#audit();
    }
    return { ...this.#counts, results: this.#results };
  }

  async #commit(): Promise<void> {
    const trx = this.#trx;
    this.#trx = null;
    this.#uncommitted = 0;
    if (trx) await trx.commit().execute();
  }

  async #rollback(): Promise<void> {
    const trx = this.#trx;
    this.#trx = null;
    if (trx && !trx.isCommitted && !trx.isRolledBack) await trx.rollback().execute();
  }

  /** How many records have been stored or answered so far (for the 413 message). */
  get processed(): number {
    return this.#results.length;
  }

  async #resolveAgencies(codes: string[]): Promise<void> {
    const unknown = [...new Set(codes)].filter((code) => !this.#agencies.has(code));
    if (!unknown.length) return;
    // The lookup goes through the orgs service on its own connection; on SQLite that one connection
    // is the open transaction's, so commit first (this happens only for codes not yet seen).
    await this.#commit();
    const rows = await this.deps.orgs.findByCreditCodes(unknown);
    for (const code of unknown) {
      const org = rows.find((r) => r.credit_code === code && r.kind === 'agency');
      this.#agencies.set(code, org ? { id: org.id, regionCode: org.region_code } : null);
    }
  }

  async #flush(chunk: Prepared[]): Promise<void> {
    if (!chunk.length) return;
    await this.#resolveAgencies(chunk.filter(isValid).map((v) => v.record.agencyCreditCode));
    const results =
      this.#commitEvery > INGEST_CHUNK ? await this.#storeShared(chunk) : await this.#storeAlone(chunk);
    for (const result of results) {
      this.#results.push(result);
      this.#counts.received += 1;
      this.#counts[result.status] += 1;
    }
    this.#uncommitted += chunk.length;
    if (this.#uncommitted >= this.#commitEvery) await this.#commit();
  }

  /** The chunk in its own savepoint of the transaction chunks share until the next commit. */
  async #storeShared(chunk: Prepared[]): Promise<RecordResult[]> {
    this.#trx ??= await this.deps.db.startTransaction().execute();
    const trx = await this.#trx.savepoint('chunk').execute();
    let results: RecordResult[];
    try {
      results = await this.#store(trx, chunk);
    } catch (error) {
      // Another request stored one of these cases first: look again and decide afresh, once.
      await trx.rollbackToSavepoint('chunk').execute();
      if (!isUniqueViolation(error)) throw error;
      results = await this.#store(trx, chunk);
    }
    await trx.releaseSavepoint('chunk').execute();
    return results;
  }

  /** The chunk in a transaction of its own. */
  async #storeAlone(chunk: Prepared[]): Promise<RecordResult[]> {
    const { db } = this.deps;
    try {
      return await db.transaction().execute((trx) => this.#store(trx, chunk));
    } catch (error) {
      // Another request stored one of these cases first: look again and decide afresh, once.
      if (!isUniqueViolation(error)) throw error;
      return db.transaction().execute((trx) => this.#store(trx, chunk));
    }
  }

  async #store(trx: Db, chunk: Prepared[]): Promise<RecordResult[]> {
    const { keyring } = this.deps;
    const sourceKey = this.source.sourceId;
    const results: RecordResult[] = [];
    const ids = [...new Set(chunk.filter(isValid).map((v) => v.externalId))];
    const heads = new Map((await repo.findHeads(trx, sourceKey, ids)).map((h) => [h.external_id, h]));
    const created = new Map<string, Insertable<EnforcementCaseTable>>();
    const updated = new Map<string, Insertable<EnforcementCaseTable>>();
    const versions: Insertable<CaseVersionTable>[] = [];
    const now = new Date().toISOString();
    for (const item of chunk) {
      if (!isValid(item)) {
        results.push(item);
        continue;
      }
      const { line, externalId, record } = item;
      const agency = this.#agencies.get(record.agencyCreditCode) ?? null;
      if (!agency || !this.source.orgIds.has(agency.id)) {
        const code = agency ? 'AGENCY_OUT_OF_SCOPE' : 'UNKNOWN_AGENCY';
        const message = agency
          ? `执法主体 ${record.agencyCreditCode} 不在此数据来源系统的授权范围内`
          : `执法主体未在平台登记: ${record.agencyCreditCode}`;
        results.push({
          line,
          externalId,
          status: 'rejected',
          errors: [recordError(code, 'agencyCreditCode', message)],
        });
        continue;
      }
      const head = heads.get(externalId);
      if (head && record.version < head.version) {
        results.push({ line, externalId, status: 'stale' });
        continue;
      }
      const form = storedFormOf(record, item.canonical, keyring);
      if (head && record.version === head.version) {
        if (form.contentHash === head.content_hash) results.push({ line, externalId, status: 'unchanged' });
        else
          results.push({
            line,
            externalId,
            status: 'rejected',
            errors: [
              recordError(
                'VERSION_CONFLICT',
                'version',
                `版本 ${record.version} 已保存且内容不同; 修改记录须提高版本号 (当前版本 ${head.version})`,
              ),
            ],
          });
        continue;
      }
      const id = head?.id ?? newId();
      const row: Insertable<EnforcementCaseTable> = {
        id,
        source_key: sourceKey,
        source_id: this.source.sourceId,
        external_id: externalId,
        version: record.version,
        org_id: agency.id,
        region_code: agency.regionCode,
        ...form.projection,
        derived_version: null,
        received_at: now,
        created_at: now,
      };
      versions.push({
        id: newId(),
        case_id: id,
        region_code: agency.regionCode,
        version: record.version,
        content: form.content,
        party_secret: form.partySecret,
        content_hash: form.contentHash,
        received_at: now,
        received_by: `source:${this.source.name}`,
      });
      // A case created earlier in this chunk is inserted once, with its newest projection.
      if (created.has(externalId)) created.set(externalId, row);
      else if (head) updated.set(externalId, row);
      else created.set(externalId, row);
      heads.set(externalId, {
        id,
        external_id: externalId,
        version: record.version,
        region_code: agency.regionCode,
        content_hash: form.contentHash,
      });
      results.push({ line, externalId, status: head ? 'updated' : 'created' });
    }
    await repo.insertCases(trx, [...created.values()]);
    for (const row of updated.values()) {
      const {
        id,
        created_at: _created,
        source_key: _key,
        source_id: _source,
        external_id: _ext,
        ...set
      } = row;
      await repo.updateCase(trx, id, set);
    }
    await repo.insertVersions(trx, versions);
    return results;
  }

  async #audit(): Promise<void> {
    if (!this.#counts.received) return;
    await this.deps.db.transaction().execute((trx) =>
      recordAudit(trx, auditActor(this.source), {
        action: 'exchange.cases_received',
        targetType: 'source_system',
        targetId: this.source.sourceId,
        detail: { ...this.#counts },
      }),
    );
  }
}
