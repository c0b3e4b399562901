import type { Readable } from 'node:stream';
import type { CaseOpen, CaseStage } from '@jiandu/contracts/case-handling';
import type { CaseDetail, CaseListQuery, CaseSummary, EvidenceUploadQuery } from '@jiandu/contracts/cases';
import type { BatchResult, CaseReadBack, CaseRecord, CaseWarningRef } from '@jiandu/contracts/exchange';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  auditActor,
  hasPermission,
  type SourceActor,
  scopesFor,
  type UserActor,
} from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import type { CalendarService } from '../../platform/calendar/calendar.service.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Keyring } from '../../platform/crypto/keyring.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { buildDocx } from '../../platform/files/docx.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { recordFromStored } from './case-content.ts';
import { deriveDeadlines } from './case-deadlines.ts';
import { presentDeadlines, presentSummary, recordView, timelineOf } from './cases.presenter.ts';
import * as repo from './cases.repository.ts';
import * as consoleRepo from './cases-console.repository.ts';
import { DEFAULT_REMINDER_WORKING_DAYS, runDeadlineReminders } from './deadline-reminders.ts';
import { decisionDocument, incompleteRefusal, missingElements } from './decision-document.ts';
import type { BodyItem } from './exchange-body.ts';
import { PublicityService } from './publicity.service.ts';
import { type DerivedCase, type DerivedHook, deriveAll, derivedCase } from './use-cases/derive-cases.ts';

/** A case just derived, and the hook the warning engine hangs on derivation (see derive-cases.ts). */
export type { DerivedCase, DerivedHook };

import {
  downloadEvidence,
  type EvidenceDeps,
  evidenceView,
  receiveEvidence,
  uploadEvidence,
  verifyEvidence,
} from './use-cases/evidence.ts';
import { openCase, recordStage } from './use-cases/handle-case.ts';
import { CaseIngest } from './use-cases/ingest-cases.ts';

/** Most rows one export may hold: an xlsx of this size is still a few megabytes. */
export const EXPORT_LIMIT = 20_000;

/**
 * Enforcement cases (案件): received through the exchange API or handled in Jiandu, stored whole
 * with every version, read back with what the platform derived from them.
 */
export class CaseService {
  #afterIngest: () => Promise<unknown> = async () => {};
  #afterDerived: DerivedHook | undefined;
  #warningsOf: (caseId: string) => Promise<CaseWarningRef[]> = async () => [];

  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly orgs: OrgService,
    private readonly calendar: CalendarService,
    private readonly handling: Omit<EvidenceDeps, 'db' | 'keyring' | 'orgs' | 'calendar'>,
  ) {
    this.publicity = new PublicityService(db, () => this.#handling);
  }

  /** Publishing decisions on the portal. */
  readonly publicity: PublicityService;

  get #handling(): EvidenceDeps {
    return { db: this.db, keyring: this.keyring, orgs: this.orgs, calendar: this.calendar, ...this.handling };
  }

  /** Uploads an evidence file to a native case. */
  async uploadEvidence(
    actor: UserActor,
    id: string,
    body: Readable,
    meta: EvidenceUploadQuery & { contentType: string },
  ): Promise<CaseDetail> {
    await uploadEvidence(this.#handling, actor, id, body, meta);
    return this.detail(actor, id);
  }

  /** A source uploads evidence bytes by their SHA-256 (PUT /api/exchange/v1/evidence/{sha256}). */
  receiveEvidence(source: SourceActor, sha256: string, body: Readable) {
    return receiveEvidence(this.#handling, source, sha256, body);
  }

  /** One evidence file of a case, audited. */
  downloadEvidence(actor: UserActor, id: string, sha256: string) {
    return downloadEvidence(this.#handling, actor, id, sha256);
  }

  /** Re-verifies one evidence file's hashes. */
  verifyEvidence(actor: UserActor, id: string, sha256: string) {
    return verifyEvidence(this.#handling, actor, id, sha256);
  }

  /** Opens a native case (立案) and returns it as the console shows it. */
  async open(actor: UserActor, input: CaseOpen): Promise<CaseDetail> {
    const id = await openCase(this.#handling, actor, input);
    await this.#afterIngest();
    return this.detail(actor, id);
  }

  /** Records one stage of a native case, refused when the law forbids it. */
  async recordStage(actor: UserActor, id: string, input: CaseStage): Promise<CaseDetail> {
    await recordStage(this.#handling, actor, id, input);
    await this.#afterIngest();
    return this.detail(actor, id);
  }

  /** Stores a source's batch as it streams in; each record gets its own result. */
  async ingest(source: SourceActor, items: AsyncIterable<BodyItem>): Promise<BatchResult> {
    const result = await new CaseIngest({ db: this.db, keyring: this.keyring, orgs: this.orgs }, source).run(
      items,
    );
    if (result.created || result.updated) await this.#afterIngest();
    return result;
  }

  /** What to do once a batch changed cases (the job wiring queues the derivation). */
  onIngested(hook: () => Promise<unknown>): void {
    this.#afterIngest = hook;
    this.publicity.onChanged(hook);
  }

  /**
   * Stores the deadlines of every case behind its newest version, after first queueing again the
   * cases whose provisional deadlines fall in a year that has since been loaded.
   */
  async derivePending(): Promise<{ derived: number; requeued: number }> {
    const years = (await this.calendar.years()).map((y) => y.year);
    const requeued = await repo.requeueProvisional(this.db, years);
    return { derived: await deriveAll(this.db, this.calendar, this.#afterDerived), requeued };
  }

  /**
   * The newest version of up to `limit` cases after `after` (by id), for a pass over every case in
   * constant memory (the warning engine's full evaluation).
   */
  async newestPage(after: string, limit: number): Promise<DerivedCase[]> {
    const rows = await repo.newestPage(this.db, after, limit);
    return rows.map((row) => derivedCase(row, JSON.parse(row.content) as CaseRecord));
  }

  /**
   * Which of these cases still stand at the given version with nothing newer pending; read in the
   * caller's transaction, so a pass over all cases never overwrites what a newer version brought.
   */
  settledVersions(trx: Db, versions: ReadonlyMap<string, number>): Promise<Set<string>> {
    return repo.settledVersions(trx, versions);
  }

  /**
   * The heads of some cases (number, title, status, decision date, agency and its tree path) for a
   * supervision matter or a complaint routed out; no actor: the caller checks the scope itself.
   */
  caseBriefs(ids: readonly string[]) {
    return repo.caseBriefs(this.db, ids);
  }

  /**
   * The decision date of the case a complaint names, by id or by number (of the agency named, when
   * there is one); null when unknown, ambiguous or not decided. No actor: the caller checks scope.
   */
  async decisionOf(target: {
    caseId?: string;
    caseNumber?: string;
    agencyId?: string | null;
  }): Promise<{ caseNumber: string; decidedOn: string } | null> {
    const found = target.caseId
      ? await repo.caseBriefs(this.db, [target.caseId])
      : target.caseNumber
        ? await repo.casesNumbered(this.db, target.caseNumber, target.agencyId ?? null)
        : [];
    const only = found.length === 1 ? found[0]! : null;
    return only?.decided_on ? { caseNumber: only.external_id, decidedOn: only.decided_on } : null;
  }

  /** Each agency's latest act day, by org id (the class rule 长期零执法 reads it). */
  async lastActByAgency(): Promise<Map<string, string | null>> {
    const rows = await repo.lastActByAgency(this.db);
    return new Map(rows.map((r) => [r.org_id, r.last_acted_on ?? null]));
  }

  /** Fined cases decided since a day, per agency and item, with their average fine in yuan. */
  async finesByAgencyItem(
    since: string,
  ): Promise<{ orgId: string; itemCode: string; cases: number; averageFine: number }[]> {
    const rows = await repo.finesByAgencyItem(this.db, since);
    return rows.map((r) => ({
      orgId: r.org_id,
      itemCode: r.item_code,
      cases: Number(r.cases),
      averageFine: Math.round(Number(r.average_cents)) / 100,
    }));
  }

  /** Where the read-back finds a case's warnings (the warning engine provides them). */
  provideWarnings(warningsOf: (caseId: string) => Promise<CaseWarningRef[]>): void {
    this.#warningsOf = warningsOf;
  }

  /** What else to save with each derivation (the warning engine registers its evaluation here). */
  onDerived(hook: DerivedHook): void {
    this.#afterDerived = hook;
  }

  /** Reminds agencies of deadlines falling due within their region's lead time (the daily job). */
  async remindDeadlines(
    leadFor: (regionCode: string) => number = () => DEFAULT_REMINDER_WORKING_DAYS,
    today = todayInShanghai(),
  ): Promise<{ reminded: number }> {
    return runDeadlineReminders(this.db, await this.calendar.calendar(), today, leadFor);
  }

  /** One page of the cases the user may see. */
  async list(actor: UserActor, filter: CaseListQuery, page: PageQuery): Promise<Page<CaseSummary>> {
    const { total, rows } = await consoleRepo.listCases(
      this.db,
      scopesFor(actor, 'case.read'),
      filter,
      page,
      todayInShanghai(),
    );
    return { items: rows.map(presentSummary), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every matching case for an export; refuses more than `limit` rows with a hint to narrow the filter. */
  async listAll(actor: UserActor, filter: CaseListQuery, limit = EXPORT_LIMIT): Promise<CaseSummary[]> {
    const { total, rows } = await consoleRepo.listAllCases(
      this.db,
      scopesFor(actor, 'case.read'),
      filter,
      todayInShanghai(),
      limit,
    );
    if (total > limit)
      throw new AppError(
        'VALIDATION_FAILED',
        `符合条件的案件有 ${total.toLocaleString('en-US')} 件, 一次最多导出 ${limit.toLocaleString('en-US')} 件; 请按地区、执法主体或日期缩小范围后再导出`,
      );
    return rows.map(presentSummary);
  }

  /** One case the user may see: the newest record, timeline, deadlines and versions. */
  async detail(actor: UserActor, id: string): Promise<CaseDetail> {
    const today = todayInShanghai();
    const row = await consoleRepo.findCase(this.db, id, today);
    const org = row ? await this.orgs.findById(row.org_id) : undefined;
    if (
      !row ||
      !org ||
      !scopeReaches(scopesFor(actor, 'case.read'), {
        id: org.id,
        path: org.path,
        regionCode: row.region_code,
      })
    )
      throw new AppError('NOT_FOUND', '案件不存在或不在您的数据范围内');
    const versions = await consoleRepo.versionsOf(this.db, id);
    const newest = versions.at(-1)!;
    const record = recordFromStored(newest.content, newest.party_secret, this.keyring);
    return {
      summary: presentSummary(row),
      record: recordView(record, hasPermission(actor, 'pii.read')),
      timeline: timelineOf(record),
      deadlines: presentDeadlines(await consoleRepo.deadlinesOf(this.db, id), today),
      deadlinesPending: row.derived_version !== row.version,
      versions: versions.map((v) => ({
        version: v.version,
        receivedAt: v.received_at,
        receivedBy: v.received_by.startsWith('source:')
          ? v.received_by.slice('source:'.length)
          : v.received_by,
        origin: v.received_by.startsWith('source:') ? ('exchange' as const) : ('native' as const),
      })),
      publications: await this.publicity.ofCase(id),
      evidence: await evidenceView(this.#handling, id, record),
    };
  }

  /**
   * The 行政处罚决定书 of a decided case as a Word file. The handling agency and holders of
   * pii.read get the party's identity in full; other readers get it masked. Every download is audited.
   */
  async decisionDocument(actor: UserActor, id: string): Promise<{ fileName: string; body: Buffer }> {
    const row = await consoleRepo.findCase(this.db, id, todayInShanghai());
    const org = row ? await this.orgs.findById(row.org_id) : undefined;
    const scoped = org && row ? { id: org.id, path: org.path, regionCode: row.region_code } : null;
    if (!row || !scoped || !scopeReaches(scopesFor(actor, 'case.read'), scoped))
      throw new AppError('NOT_FOUND', '案件不存在或不在您的数据范围内');
    const versions = await consoleRepo.versionsOf(this.db, id);
    const newest = versions.at(-1)!;
    const record = recordFromStored(newest.content, newest.party_secret, this.keyring);
    const missing = missingElements(record);
    if (missing.length) {
      const refusal = incompleteRefusal(missing);
      throw new AppError('CASE_REFUSED', refusal.message, { refusals: [refusal] });
    }
    const reveal = hasPermission(actor, 'pii.read') || scopeReaches(scopesFor(actor, 'case.write'), scoped);
    const paragraphs = decisionDocument({ record, agencyName: row.agency_name, revealPersonalData: reveal });
    const fileName = `${record.decision?.documentNumber ?? record.externalId}.docx`;
    await this.db.transaction().execute((trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'case.decision_document',
        targetType: 'case',
        targetId: id,
        detail: { caseNumber: record.externalId, personalData: reveal ? '完整' : '已脱敏' },
      }),
    );
    return { fileName, body: buildDocx(paragraphs, fileName) };
  }

  /** A source's own case, as stored, with its deadlines and warnings (spec "Reading back"). */
  async readBack(source: SourceActor, externalId: string): Promise<CaseReadBack> {
    const row = await repo.findBySource(this.db, source.sourceId, externalId);
    if (!row) throw new AppError('NOT_FOUND', `此数据来源系统没有编号为 ${externalId} 的案件`);
    const record = recordFromStored(row.content, row.party_secret, this.keyring);
    const deadlines = deriveDeadlines(record, await this.calendar.calendar()).map(
      ({ metOn: _met, provisional: _p, ...deadline }) => deadline,
    );
    return { ...record, receivedAt: row.received_at, deadlines, warnings: await this.#warningsOf(row.id) };
  }
}
