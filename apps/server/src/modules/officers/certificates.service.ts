import {
  CERTIFICATE_TYPE_LABELS,
  type Certificate,
  type CertificateEvent,
  type CertificateIssueSchema,
  type CertificateStatusChangeSchema,
  type CertificateValidity,
} from '@jiandu/contracts/officers';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertReaches, auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { scopeReaches } from '../../platform/authz/scope.ts';
import { todayInShanghai } from '../../platform/calendar/dates.ts';
import { isUniqueViolation } from '../../platform/db/dialect.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { runExpiryCheck } from './certificate-expiry.ts';
import {
  type CertificateHolder,
  type CertificateTimeline,
  certificateTimelines,
  holdersOf,
  toStatusEvent,
} from './certificate-holders.ts';
import { certificateKindProblem, currentStatus, transitionProblem, validityOn } from './certificate-rules.ts';
import * as repo from './certificates.repository.ts';
import { presentCertificate } from './officers.present.ts';
import { type OfficerService, scopedOfficer } from './officers.service.ts';
import type { CertificateStatusValue, CertificateTable } from './officers.table.ts';
import { certificateRows, writeBatch } from './officers-bulk.ts';

/** The certificate list's filters as the route passes them. */
export interface CertificateListFilter {
  orgId?: string | undefined;
  q?: string | undefined;
  type?: CertificateTable['type'] | undefined;
  status?: CertificateStatusValue | undefined;
  expiringWithinDays?: number | undefined;
}

const NOT_FOUND = '证件不存在';

/**
 * Certificates (行政执法证, 行政执法监督证): issuing, status changes with their effective dates,
 * and the history that answers "was certificate N valid on date D" for the console, the public
 * check and the warning rules.
 */
export class CertificateService {
  constructor(
    private readonly db: Db,
    private readonly orgs: OrgService,
    private readonly officers: OfficerService,
  ) {}

  async #filter(filter: CertificateListFilter): Promise<repo.CertificateFilter> {
    const { orgId, ...rest } = filter;
    const org = orgId ? await this.orgs.findById(orgId) : undefined;
    return { ...rest, ...(orgId ? { orgPath: org?.path ?? '/-/' } : {}) };
  }

  /** One page of the certificates the actor may see. */
  async list(actor: UserActor, filter: CertificateListFilter, page: PageQuery): Promise<Page<Certificate>> {
    const today = todayInShanghai();
    const scopes = scopesFor(actor, 'officer.read');
    const { total, rows } = await repo.listCertificates(
      this.db,
      scopes,
      await this.#filter(filter),
      page,
      today,
    );
    return {
      items: rows.map((r) => presentCertificate(r, today)),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** Every certificate the actor may see that matches the filter (export). */
  async listAll(actor: UserActor, filter: CertificateListFilter): Promise<Certificate[]> {
    const today = todayInShanghai();
    const scopes = scopesFor(actor, 'officer.read');
    const rows = await repo.listAllCertificates(this.db, scopes, await this.#filter(filter), today);
    return rows.map((r) => presentCertificate(r, today));
  }

  /** A certificate row the actor may see (404 outside the read scope; 403 without `certificate.manage` there). */
  async #reachable(actor: UserActor, id: string, manage = false): Promise<repo.CertificateRow> {
    const row = await repo.findCertificate(this.db, id);
    if (!row || !scopeReaches(scopesFor(actor, 'officer.read'), scopedOfficer(row)))
      throw new AppError('NOT_FOUND', NOT_FOUND);
    if (manage) assertReaches(actor, 'certificate.manage', scopedOfficer(row));
    return row;
  }

  /** One certificate. */
  async get(actor: UserActor, id: string): Promise<Certificate> {
    return presentCertificate(await this.#reachable(actor, id), todayInShanghai());
  }

  /** Issues a certificate to an active officer whose org and employment allow it. */
  async issue(actor: UserActor, input: z.infer<typeof CertificateIssueSchema>): Promise<Certificate> {
    const officer = await this.officers.reachable(actor, 'certificate.manage', input.officerId);
    if (officer.status !== 'active') throw new AppError('CONFLICT', '该人员已离岗, 不能发证');
    const kindProblem = certificateKindProblem(officer.org_kind, officer.staff_kind, input.type);
    if (kindProblem) throw new AppError('VALIDATION_FAILED', kindProblem);
    const today = todayInShanghai();
    if (input.issueDate > today) throw new AppError('VALIDATION_FAILED', '发证日期不能晚于今天');
    if (input.expiryDate < today)
      throw new AppError('VALIDATION_FAILED', '有效期截止日期已过, 不能发放已过期的证件');
    const held = (await this.officers.heldCertificates(officer.id)).find((c) => c.type === input.type);
    if (held)
      throw new AppError(
        'CONFLICT',
        `该人员已持有${CERTIFICATE_TYPE_LABELS[input.type]} (编号 ${held.number}), 请先注销原证件再发新证`,
      );
    const taken = await repo.numbersTaken(this.db, [input.number]);
    if (taken.length) throw new AppError('CONFLICT', `证件编号已被使用: ${input.number}`);
    const now = new Date().toISOString();
    const { certificate, events } = certificateRows(
      { ...input, orgId: officer.org_id, regionCode: officer.org_region_code, actor: auditActor(actor).name },
      now,
    );
    try {
      await this.db.transaction().execute(async (trx) => {
        await writeBatch(trx, { certificates: [certificate], events });
        await recordAudit(trx, auditActor(actor), {
          action: 'certificate.issue',
          targetType: 'certificate',
          targetId: certificate.id,
          detail: {
            after: {
              number: certificate.number,
              type: certificate.type,
              officerId: officer.id,
              officerName: officer.name,
              issueDate: certificate.issue_date,
              expiryDate: certificate.expiry_date,
            },
          },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', `证件编号已被使用: ${input.number}`);
      throw error;
    }
    return this.get(actor, certificate.id);
  }

  /** Suspends, revokes, cancels or reinstates a certificate from an effective date. */
  async changeStatus(
    actor: UserActor,
    id: string,
    input: z.infer<typeof CertificateStatusChangeSchema>,
  ): Promise<Certificate> {
    const row = await this.#reachable(actor, id, true);
    const today = todayInShanghai();
    const events = await repo.eventsOf(this.db, [id]);
    const problem = transitionProblem({
      current: currentStatus(row.status, row.expiry_date, today),
      next: input.status,
      effectiveDate: input.effectiveDate,
      issueDate: row.issue_date,
      expiryDate: row.expiry_date,
      lastEffectiveDate: events.at(-1)?.effective_date ?? row.issue_date,
      today,
    });
    if (problem)
      throw new AppError(problem.kind === 'transition' ? 'CONFLICT' : 'VALIDATION_FAILED', problem.message);
    if (input.status === 'valid' && row.officer_status !== 'active')
      throw new AppError('CONFLICT', '持证人已离岗, 不能恢复证件');
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await repo.updateCertificate(trx, id, { status: input.status, updated_at: now });
      await repo.insertEvents(trx, [
        {
          id: newId(),
          certificate_id: id,
          status: input.status,
          effective_date: input.effectiveDate,
          reason: input.reason,
          actor: auditActor(actor).name,
          recorded_at: now,
        },
      ]);
      await recordAudit(trx, auditActor(actor), {
        action: 'certificate.status',
        targetType: 'certificate',
        targetId: id,
        detail: {
          number: row.number,
          before: { status: row.status },
          after: { status: input.status },
          effectiveDate: input.effectiveDate,
          reason: input.reason,
        },
      });
    });
    return this.get(actor, id);
  }

  /** The certificate's history, oldest first. */
  async events(actor: UserActor, id: string): Promise<CertificateEvent[]> {
    await this.#reachable(actor, id);
    return (await repo.eventsOf(this.db, [id])).map((e) => ({
      id: e.id,
      status: e.status,
      effectiveDate: e.effective_date,
      reason: e.reason,
      actor: e.actor,
      recordedAt: e.recorded_at,
    }));
  }

  /** Whether the certificate was valid on a date (today by default). */
  async validity(actor: UserActor, id: string, date = todayInShanghai()): Promise<CertificateValidity> {
    const row = await this.#reachable(actor, id);
    const events = await repo.eventsOf(this.db, [id]);
    return validityOn(dates(row), events.map(toStatusEvent), date);
  }

  /** Whether certificate `number` was valid on `date`, for warning rules (no actor); NOT_FOUND when unknown. */
  async validityOn(number: string, date: string): Promise<CertificateValidity> {
    const holder = (await this.officersByCertificate([number], date)).get(number.trim().toUpperCase());
    if (!holder?.exists) throw new AppError('NOT_FOUND', `证件编号不存在: ${number}`);
    return { number: holder.number, date, valid: holder.valid, status: holder.status, reason: holder.reason };
  }

  /**
   * The holders of certificate numbers on a date, for warning rules (OFFICER_NOT_CERTIFIED,
   * REVIEWER_NOT_QUALIFIED, TOO_FEW_OFFICERS): per normalised number, whether it exists, whose
   * it is, and whether it was valid that day. No actor: callers have authorised already.
   */
  officersByCertificate(numbers: readonly string[], date: string): Promise<Map<string, CertificateHolder>> {
    return holdersOf(this.db, numbers, date);
  }

  /**
   * The officers of an org and its units holding a 行政执法监督证 valid on the date: who may be sent
   * to investigate a supervision matter. No actor: the caller checks the org against its scope.
   */
  async supervisionHolders(orgPath: string, date: string) {
    const rows = await repo.certificatesUnder(this.db, orgPath, 'supervision');
    const holders = await holdersOf(
      this.db,
      rows.map((r) => r.number),
      date,
    );
    return rows
      .filter((r) => holders.get(r.number)?.valid)
      .map((r) => ({
        officerId: r.officer_id,
        name: r.officer_name,
        orgName: r.org_name,
        certificateNumber: r.number,
        validUntil: r.expiry_date,
      }));
  }

  /**
   * Certificates as timelines of status and holder's agency, so the warning rules can answer any
   * number on any day from memory: the given numbers, or one page in number order for a preload.
   */
  timelines(filter: repo.RegisterFilter): Promise<CertificateTimeline[]> {
    return certificateTimelines(this.db, filter);
  }

  /** The nightly expiry pass: notices 60/30/7 days ahead, then expired the day after. */
  runExpiryCheck(today: string = todayInShanghai()) {
    return runExpiryCheck(this.db, today);
  }
}

function dates(row: CertificateTable) {
  return { number: row.number, issueDate: row.issue_date, expiryDate: row.expiry_date };
}
