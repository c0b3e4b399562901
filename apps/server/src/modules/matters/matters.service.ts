import type { Readable } from 'node:stream';
import type {
  EscalationCreateSchema,
  MatterCloseSchema,
  MatterCreateSchema,
  MatterDesk,
  MatterDetail,
  MatterListQuery,
  MatterRecordCreateSchema,
  MatterSummary,
} from '@jiandu/contracts/matters';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { z } from 'zod';
import { scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { type OpenedWithin, openMatter } from './matter-open.ts';
import type { MatterClock, MatterPorts } from './matter-ports.ts';
import { assertHandles, MATTER_NOT_FOUND, reaches } from './matters.policy.ts';
import { attachmentsOf, presentEvent, presentNotice, presentSummary } from './matters.presenter.ts';
import * as repo from './matters.repository.ts';
import * as notices from './notices.repository.ts';
import { closeMatter, escalateMatter } from './use-cases/escalate-close-matter.ts';
import { addMatterRecord, assignSupervisors } from './use-cases/investigate-matter.ts';
import { downloadAttachment, uploadAttachment } from './use-cases/matter-attachments.ts';
import { matterYearFigures } from './use-cases/year-figures.ts';

/** Most rows one export may hold. */
export const MATTER_EXPORT_LIMIT = 20_000;

/**
 * Supervision matters (监督事项): opened from a warning, complaint, plan task, campaign finding,
 * case-file review or by hand; investigated by two or more supervisors holding a 监督证, with
 * records and evidence; escalated when the agency does not comply; closed only with a conclusion
 * and a record. Notices and the agency's answers are in NoticeService. Everything is audited.
 */
export class MatterService {
  constructor(
    private readonly db: Db,
    private readonly ports: MatterPorts,
  ) {}

  /** The same service on another clock (the demo replays the months of a matter). */
  withClock(clock: MatterClock): MatterService {
    return new MatterService(this.db, { ...this.ports, clock });
  }

  /** One page of the matters the user may see, most urgent first. */
  async list(actor: UserActor, filter: MatterListQuery, page: PageQuery): Promise<Page<MatterSummary>> {
    const today = this.ports.clock.today();
    const { total, rows } = await repo.listMatters(
      this.db,
      scopesFor(actor, 'matter.read'),
      filter,
      page,
      today,
    );
    return {
      items: rows.map((r) => presentSummary(r, today)),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** Every matching matter for an export; refuses more than the limit with a hint to narrow it. */
  async listAll(actor: UserActor, filter: MatterListQuery): Promise<MatterSummary[]> {
    const today = this.ports.clock.today();
    const scopes = scopesFor(actor, 'matter.read');
    if ((await repo.countMatters(this.db, scopes, filter, today)) > MATTER_EXPORT_LIMIT)
      throw new AppError('CONFLICT', `一次最多导出${MATTER_EXPORT_LIMIT}条, 请缩小筛选范围`);
    return (await repo.listAllMatters(this.db, scopes, filter, today, MATTER_EXPORT_LIMIT)).map((r) =>
      presentSummary(r, today),
    );
  }

  /** A supervisor's desk: counts and the matters that need doing now. */
  async desk(actor: UserActor): Promise<MatterDesk> {
    const today = this.ports.clock.today();
    const scopes = scopesFor(actor, 'matter.read');
    const count = (filter: MatterListQuery) => repo.countMatters(this.db, scopes, filter, today);
    const rows = async (filter: MatterListQuery) =>
      (await repo.listAllMatters(this.db, scopes, filter, today, 50)).map((r) => presentSummary(r, today));
    const objections = await notices.pendingObjections(this.db, scopes);
    const ids = objections.map((n) => n.id);
    const [responses, objectionRows] = await Promise.all([
      notices.responsesOf(this.db, ids),
      notices.objectionsOf(this.db, ids),
    ]);
    return {
      counts: {
        open: await count({ status: 'open' }),
        rectifying: await count({ status: 'rectifying' }),
        dueSoon: await count({ due: 'soon' }),
        overdue: await count({ due: 'overdue' }),
        verifying: await count({ status: 'verifying' }),
        objections: objections.length,
      },
      overdue: await rows({ due: 'overdue' }),
      dueSoon: await rows({ due: 'soon' }),
      verifying: await rows({ status: 'verifying' }),
      objections: objections.map((n) => presentNotice(n, responses, objectionRows, today)),
    };
  }

  /** One matter with its cases, warnings, supervisors, records, notices and history. */
  async detail(actor: UserActor, id: string): Promise<MatterDetail> {
    const row = await this.visible(actor, id);
    const today = this.ports.clock.today();
    const [caseIds, warningIds, supervisors, records, noticeRows, events] = await Promise.all([
      repo.caseIdsOf(this.db, id),
      repo.warningIdsOf(this.db, id),
      repo.supervisorsOf(this.db, id),
      repo.recordsOf(this.db, id),
      notices.noticesOfMatter(this.db, id),
      repo.eventsOf(this.db, id),
    ]);
    const noticeIds = noticeRows.map((n) => n.id);
    const [responses, objections, cases, warnings] = await Promise.all([
      notices.responsesOf(this.db, noticeIds),
      notices.objectionsOf(this.db, noticeIds),
      this.ports.cases.caseBriefs(caseIds.map((c) => c.case_id)),
      this.ports.warnings.briefs(warningIds.map((w) => w.warning_id)),
    ]);
    const numbers = new Map(noticeRows.map((n) => [n.id, n.number]));
    return {
      ...presentSummary(row, today),
      description: row.description,
      openedBy: row.opened_by,
      conclusion: row.conclusion,
      cases: cases.map((c) => ({ id: c.id, externalId: c.external_id, title: c.title, status: c.status })),
      warnings,
      supervisors: supervisors.map((s) => ({
        officerId: s.officer_id,
        name: s.name,
        certificateNumber: s.certificate_number,
        assignedOn: s.assigned_on,
      })),
      records: records.map((r) => ({
        id: r.id,
        kind: r.kind as MatterDetail['records'][number]['kind'],
        happenedOn: r.happened_on,
        content: r.content,
        participants: JSON.parse(r.participants) as string[],
        attachments: attachmentsOf(r.attachments),
        createdBy: r.created_by,
        createdAt: r.created_at,
      })),
      notices: noticeRows.map((n) => presentNotice(n, responses, objections, today)),
      history: events.map((e) => presentEvent(e, numbers)),
    };
  }

  /** Opens a matter (see matter-open.ts for the checks). */
  async open(
    actor: UserActor,
    input: z.output<typeof MatterCreateSchema>,
    within?: OpenedWithin,
  ): Promise<MatterDetail> {
    const id = await openMatter(this.db, this.ports, actor, input, within);
    return this.detail(actor, id);
  }

  /** Who may be sent to investigate: officers of the supervising org with a 监督证 valid today. */
  async candidates(actor: UserActor, id: string) {
    const row = await this.visible(actor, id);
    assertHandles(actor, row, ['open', 'investigating', 'rectifying', 'verifying'], '指派监督人员');
    const org = await this.ports.orgs.findById(row.org_id);
    return this.ports.certificates.supervisionHolders(org!.path, this.ports.clock.today());
  }

  /** Assigns supervisors to investigate (two or more, each with a valid 监督证). */
  assign(actor: UserActor, id: string, officerIds: readonly string[]): Promise<MatterDetail> {
    return assignSupervisors(this.db, this.ports, this, actor, id, officerIds);
  }

  /** Records an investigation step, taken by two or more of the assigned supervisors. */
  addRecord(
    actor: UserActor,
    id: string,
    input: z.output<typeof MatterRecordCreateSchema>,
  ): Promise<MatterDetail> {
    return addMatterRecord(this.db, this.ports, this, actor, id, input);
  }

  /** Records an escalation (约谈 or 通报) of an agency that has not complied, and tells the agency. */
  escalate(
    actor: UserActor,
    id: string,
    input: z.output<typeof EscalationCreateSchema>,
  ): Promise<MatterDetail> {
    return escalateMatter(this.db, this.ports, this, actor, id, input);
  }

  /** Closes a matter with its conclusion; refused while notices are open or nothing was recorded. */
  close(actor: UserActor, id: string, input: z.output<typeof MatterCloseSchema>): Promise<MatterDetail> {
    return closeMatter(this.db, this.ports, this, actor, id, input);
  }

  /** Stores an attachment for a record or a report; the supervisor or the agency may upload. */
  upload(actor: UserActor, id: string, body: Readable, meta: { fileName: string; contentType: string }) {
    return uploadAttachment(this.db, this.ports, this, actor, id, body, meta);
  }

  /** Opens an attachment named by a record or an answer of this matter; each download audited. */
  download(actor: UserActor, id: string, sha256: string) {
    return downloadAttachment(this.db, this.ports, this, actor, id, sha256);
  }

  /** A year's figures of the matters about agencies under an org (see use-cases/year-figures.ts). */
  yearFigures(orgPath: string, year: number) {
    return matterYearFigures(this.db, this.ports.clock.today(), orgPath, year);
  }

  /** The matter if the user may read it; NOT_FOUND otherwise. */
  async visible(actor: UserActor, id: string): Promise<repo.MatterRow> {
    const row = await repo.findMatter(this.db, id);
    if (!row || !reaches(actor, 'matter.read', row)) throw new AppError('NOT_FOUND', MATTER_NOT_FOUND);
    return row;
  }
}
