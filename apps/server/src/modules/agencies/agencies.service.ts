import type {
  AgencyDetail,
  AgencyListQuery,
  AgencySummary,
  Authority,
  PublicAgency,
  PublicAgencyDetail,
  QualificationAction,
  QualificationContent,
  QualificationOn,
} from '@jiandu/contracts/agencies';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import { scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { isValidDate, todayInShanghai } from '../../platform/calendar/dates.ts';
import type { Timeline } from '../../platform/calendar/timeline.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import type { OrgService } from '../orgs/orgs.service.ts';
import { allowedActions, currentVersion, isSupervisorOfLevel, workingVersion } from './agencies.policy.ts';
import {
  fieldsOf,
  presentEvent,
  presentPublic,
  presentPublicDetail,
  presentSummary,
  presentVersion,
} from './agencies.presenter.ts';
import * as repo from './agencies.repository.ts';
import type { AgencyQualificationEventTable, AgencyQualificationTable } from './agencies.table.ts';
import * as publicRepo from './agencies-public.repository.ts';
import {
  type HistoryEvent,
  type HistoryVersion,
  qualificationOnDate,
  qualificationTimeline,
} from './qualification-history.ts';
import { type AgencyDeps, agencyFor } from './use-cases/agency-access.ts';
import { saveDraft, submitQualification } from './use-cases/draft-qualification.ts';
import {
  confirmQualification,
  publishQualification,
  returnQualification,
  revokeQualification,
} from './use-cases/review-qualification.ts';

/** Whether an org was a qualified enforcement subject, by day (the warning rules' index). */
export interface QualificationTimeline {
  orgId: string;
  creditCode: string;
  qualified: Timeline<boolean>;
}

function historyVersion(v: AgencyQualificationTable): HistoryVersion {
  return {
    id: v.id,
    version: Number(v.version),
    authority: v.authority,
    fields: fieldsOf(v),
    termStart: v.term_start,
    termEnd: v.term_end,
  };
}

function historyEvent(e: AgencyQualificationEventTable): HistoryEvent {
  return {
    qualificationId: e.qualification_id,
    action: e.action,
    effectiveDate: e.effective_date,
    reason: e.reason,
  };
}

type RegisterRow = Awaited<ReturnType<typeof repo.qualificationRegister>>[number];

/** The register's joined rows folded back into each org's versions and events, then into timelines. */
function foldRegister(rows: readonly RegisterRow[]): QualificationTimeline[] {
  type Facts = { creditCode: string; versions: Map<string, HistoryVersion>; events: RegisterRow[] };
  const byOrg = new Map<string, Facts>();
  for (const r of rows) {
    const org: Facts = byOrg.get(r.org_id) ?? {
      creditCode: r.credit_code as string,
      versions: new Map(),
      events: [],
    };
    byOrg.set(r.org_id, org);
    if (r.version_id && !org.versions.has(r.version_id))
      org.versions.set(r.version_id, {
        id: r.version_id,
        version: Number(r.version),
        authority: r.authority as Authority,
        fields: fieldsOf({ fields: r.fields as string }),
        termStart: r.term_start,
        termEnd: r.term_end,
      });
    if (r.event_id) org.events.push(r);
  }
  return [...byOrg].map(([orgId, org]) => {
    // In the order `qualificationOn` reads them: as they were recorded.
    const events = org.events
      .sort((a, b) => ((a.event_id as string) < (b.event_id as string) ? -1 : 1))
      .map((e) => ({
        qualificationId: e.version_id as string,
        action: e.action as QualificationAction,
        effectiveDate: e.effective_date as string,
        reason: e.reason,
      }));
    return {
      orgId,
      creditCode: org.creditCode,
      qualified: qualificationTimeline([...org.versions.values()], events),
    };
  });
}

/** The most agencies one public search returns. */
export const PUBLIC_LIMIT = 200;

/**
 * Agency qualification (执法主体资格确认): agencies draft and submit their qualification, the
 * supervisor of their level confirms, returns, publishes or revokes it; every version and step is
 * kept, so whether an agency was qualified on any date can be answered.
 */
export class AgencyService {
  readonly #deps: AgencyDeps;

  constructor(
    private readonly db: Db,
    orgs: OrgService,
  ) {
    this.#deps = { db, orgs };
  }

  /** One page of the agencies the user may see, with their current qualification status. */
  async list(actor: UserActor, filter: AgencyListQuery, page: PageQuery): Promise<Page<AgencySummary>> {
    const { total, rows } = await repo.listAgencies(this.db, scopesFor(actor, 'agency.read'), filter, page);
    return { items: rows.map(presentSummary), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every agency the user may see matching the filter (export). */
  async listAll(actor: UserActor, filter: AgencyListQuery): Promise<AgencySummary[]> {
    return (await repo.listAllAgencies(this.db, scopesFor(actor, 'agency.read'), filter)).map(presentSummary);
  }

  /** One agency: current version, version in progress, full history, and what the user may do. */
  async detail(actor: UserActor, orgId: string): Promise<AgencyDetail> {
    const org = await agencyFor(this.#deps, actor, orgId, 'agency.read');
    const [row, versions, events, actorOrg] = await Promise.all([
      repo.findAgencyRow(this.db, orgId),
      repo.versionsOf(this.db, orgId),
      repo.eventsOf(this.db, orgId),
      actor.orgId ? this.#deps.orgs.findById(actor.orgId) : Promise.resolve(undefined),
    ]);
    if (!row) throw new AppError('NOT_FOUND', '执法主体不存在');
    const current = currentVersion(versions);
    const working = workingVersion(versions);
    const { actions, reviewNote } = allowedActions(actor, actorOrg, org, versions);
    return {
      agency: presentSummary(row),
      current: current ? presentVersion(current) : null,
      pending: working && working.id !== current?.id ? presentVersion(working) : null,
      versions: versions.map(presentVersion),
      events: events.map(presentEvent),
      actions,
      reviewNote,
    };
  }

  /**
   * Whether an agency (by org id or credit code) was qualified on a date. No data-scope check:
   * for warning rules and other services; routes check scope first with `qualificationOnFor`.
   */
  async qualificationOn(orgIdOrCreditCode: string, date: string): Promise<QualificationOn> {
    if (!isValidDate(date)) throw new AppError('VALIDATION_FAILED', `日期格式错误: ${date}`);
    const org =
      (await this.#deps.orgs.findById(orgIdOrCreditCode)) ??
      (await this.#deps.orgs.findByCreditCode(orgIdOrCreditCode.trim().toUpperCase()));
    if (!org) throw new AppError('NOT_FOUND', '执法主体不存在');
    const [versions, events] = await Promise.all([
      repo.versionsOf(this.db, org.id),
      repo.eventsOf(this.db, org.id),
    ]);
    const answer = qualificationOnDate(versions.map(historyVersion), events.map(historyEvent), date);
    return { orgId: org.id, orgName: org.name, date, ...answer };
  }

  /**
   * Whether each org with a credit code (all, or those codes) is qualified, as a timeline over days,
   * so the warning rules can answer any agency on any day from memory.
   */
  async qualificationTimelines(creditCodes?: readonly string[]): Promise<QualificationTimeline[]> {
    const codes = creditCodes?.map((c) => c.trim().toUpperCase());
    if (codes?.length === 0) return [];
    return foldRegister(await repo.qualificationRegister(this.db, codes));
  }

  /**
   * Whether the user's own org is the agency's supervisor of the same level (同级司法行政机关), who
   * reviews what the agency files — its qualification here, its item catalogue elsewhere.
   */
  async isReviewerOf(actor: UserActor, agencyOrgId: string): Promise<boolean> {
    const [own, agency] = await Promise.all([
      actor.orgId ? this.#deps.orgs.findById(actor.orgId) : Promise.resolve(undefined),
      this.#deps.orgs.findById(agencyOrgId),
    ]);
    return !!agency && isSupervisorOfLevel(own, agency);
  }

  /** `qualificationOn` for a console user, within their data scope. */
  async qualificationOnFor(actor: UserActor, orgId: string, date: string): Promise<QualificationOn> {
    const org = await agencyFor(this.#deps, actor, orgId, 'agency.read');
    return this.qualificationOn(org.id, date);
  }

  /** Creates or edits the draft (agency staff, or a supervisor on their behalf). */
  saveDraft(actor: UserActor, orgId: string, input: QualificationContent, options: { date?: string } = {}) {
    return saveDraft(this.#deps, actor, orgId, input, options);
  }

  /** Submits the draft for confirmation. */
  submit(actor: UserActor, orgId: string, options: { date?: string } = {}) {
    return submitQualification(this.#deps, actor, orgId, options);
  }

  /** Returns a submitted version to the agency (退回). */
  returnToDraft(actor: UserActor, orgId: string, input: { reason: string; date?: string }) {
    return returnQualification(this.#deps, actor, orgId, input);
  }

  /** Confirms the submitted version (确认), superseding the one in force from that date. */
  confirm(actor: UserActor, orgId: string, input: { effectiveDate?: string | undefined } = {}) {
    return confirmQualification(this.#deps, actor, orgId, input);
  }

  /** Publishes the confirmed version (公告). */
  publish(actor: UserActor, orgId: string, input: { effectiveDate?: string | undefined } = {}) {
    return publishQualification(this.#deps, actor, orgId, input);
  }

  /** Revokes the qualification in force (撤销). */
  revoke(actor: UserActor, orgId: string, input: { reason: string; effectiveDate: string }) {
    return revokeQualification(this.#deps, actor, orgId, input);
  }

  /** Published agencies for the public, by region then name, at most 200. */
  async publicList(filter: { q?: string | undefined; region?: string | undefined }): Promise<PublicAgency[]> {
    const rows = await publicRepo.publicAgencies(this.db, filter, todayInShanghai(), PUBLIC_LIMIT);
    return rows.map(presentPublic);
  }

  /** One published agency for the public, by credit code. */
  async publicOne(creditCode: string): Promise<PublicAgencyDetail> {
    const code = creditCode.trim().toUpperCase();
    const row = await publicRepo.publicAgency(this.db, code, todayInShanghai());
    if (!row) throw new AppError('NOT_FOUND', `未找到已公告的执法主体: ${code}`);
    return presentPublicDetail(row);
  }
}
