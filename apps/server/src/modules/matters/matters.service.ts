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
import { ESCALATION_KIND_LABELS, RECORD_KIND_LABELS } from '@jiandu/contracts/matters';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import { matterEvent } from './matter-events.ts';
import { type OpenedWithin, openMatter } from './matter-open.ts';
import type { MatterClock, MatterPorts } from './matter-ports.ts';
import { actorLabel, assertHandles, MATTER_NOT_FOUND, reaches } from './matters.policy.ts';
import { attachmentsOf, presentEvent, presentNotice, presentSummary } from './matters.presenter.ts';
import * as repo from './matters.repository.ts';
import * as notices from './notices.repository.ts';
import { checkAttachments, downloadAttachment, uploadAttachment } from './use-cases/matter-attachments.ts';

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
  async assign(actor: UserActor, id: string, officerIds: readonly string[]): Promise<MatterDetail> {
    const row = await this.visible(actor, id);
    assertHandles(actor, row, ['open', 'investigating', 'rectifying', 'verifying'], '指派监督人员');
    const today = this.ports.clock.today();
    const holders = await this.candidates(actor, id);
    const chosen = [...new Set(officerIds)];
    const missing = chosen.filter((o) => !holders.some((h) => h.officerId === o));
    if (missing.length)
      throw new AppError(
        'VALIDATION_FAILED',
        '所选人员中有人未持有有效的行政执法监督证, 或不属于本监督机构',
        {
          errors: [{ path: 'officerIds', message: '只能指派本监督机构持有有效监督证的人员' }],
        },
      );
    const people = holders.filter((h) => chosen.includes(h.officerId));
    await this.db.transaction().execute(async (trx) => {
      await repo.insertSupervisors(
        trx,
        people.map((p) => ({
          matter_id: id,
          officer_id: p.officerId,
          name: p.name,
          certificate_number: p.certificateNumber,
          assigned_on: today,
        })),
      );
      if (row.status === 'open')
        await repo.changeMatter(trx, id, ['open'], {
          status: 'investigating',
          updated_at: this.ports.clock.now(),
        });
      const names = people.map((p) => `${p.name} (${p.certificateNumber})`).join('、');
      await repo.insertEvents(trx, [matterEvent(this.ports.clock.now(), id, 'assigned', actor, names)]);
      await recordAudit(trx, auditActor(actor), {
        action: 'matter.assign',
        targetType: 'matter',
        targetId: id,
        detail: { number: row.number, officers: people.map((p) => p.officerId) },
      });
    });
    return this.detail(actor, id);
  }

  /** Records an investigation step, taken by two or more of the assigned supervisors. */
  async addRecord(
    actor: UserActor,
    id: string,
    input: z.output<typeof MatterRecordCreateSchema>,
  ): Promise<MatterDetail> {
    const row = await this.visible(actor, id);
    assertHandles(actor, row, ['investigating', 'rectifying', 'verifying'], '记录调查情况');
    const supervisors = await repo.supervisorsOf(this.db, id);
    const participants = supervisors.filter((s) => input.participantIds.includes(s.officer_id));
    if (participants.length < 2 || participants.length !== new Set(input.participantIds).size)
      throw new AppError('VALIDATION_FAILED', '参加调查的人员须为本事项指派的监督人员, 且不少于两人', {
        errors: [{ path: 'participantIds', message: '请选择两名以上本事项的监督人员' }],
      });
    await checkAttachments(this.ports, input.attachments);
    const now = this.ports.clock.now();
    await this.db.transaction().execute(async (trx) => {
      await repo.insertRecord(trx, {
        id: newId(),
        matter_id: id,
        kind: input.kind,
        happened_on: input.happenedOn,
        content: input.content,
        attachments: JSON.stringify(input.attachments),
        participants: JSON.stringify(participants.map((p) => p.name)),
        created_by: actorLabel(actor),
        created_at: now,
      });
      await repo.insertEvents(trx, [
        matterEvent(
          this.ports.clock.now(),
          id,
          'recorded',
          actor,
          `${RECORD_KIND_LABELS[input.kind]} (${input.happenedOn})`,
        ),
      ]);
      await recordAudit(trx, auditActor(actor), {
        action: 'matter.record',
        targetType: 'matter',
        targetId: id,
        detail: { number: row.number, kind: input.kind, attachments: input.attachments.length },
      });
    });
    return this.detail(actor, id);
  }

  /** Records an escalation (约谈 or 通报) of an agency that has not complied, and tells the agency. */
  async escalate(
    actor: UserActor,
    id: string,
    input: z.output<typeof EscalationCreateSchema>,
  ): Promise<MatterDetail> {
    const row = await this.visible(actor, id);
    assertHandles(actor, row, ['rectifying', 'verifying'], '升级督办');
    const label = ESCALATION_KIND_LABELS[input.kind];
    await this.db.transaction().execute(async (trx) => {
      await repo.insertEvents(trx, [
        matterEvent(
          this.ports.clock.now(),
          id,
          'escalated',
          actor,
          `${label} (${input.happenedOn}): ${input.note}`,
        ),
      ]);
      await notify(trx, {
        orgId: row.agency_org_id,
        kind: 'matter.escalated',
        title: `监督事项${label}: ${row.title}`,
        body: `${row.org_name}就监督事项 ${row.number} 对你单位${label} (${input.happenedOn}): ${input.note}`,
        link: `/matters/${id}`,
      });
      await recordAudit(trx, auditActor(actor), {
        action: 'matter.escalate',
        targetType: 'matter',
        targetId: id,
        detail: { number: row.number, kind: input.kind, on: input.happenedOn },
      });
    });
    return this.detail(actor, id);
  }

  /** Closes a matter with its conclusion; refused while notices are open or nothing was recorded. */
  async close(
    actor: UserActor,
    id: string,
    input: z.output<typeof MatterCloseSchema>,
  ): Promise<MatterDetail> {
    const row = await this.visible(actor, id);
    assertHandles(actor, row, ['investigating', 'verifying'], '办结');
    const [records, noticeRows] = await Promise.all([
      repo.recordsOf(this.db, id),
      notices.noticesOfMatter(this.db, id),
    ]);
    if (!records.length) throw new AppError('CONFLICT', '办结前应至少有一条调查记录, 说明查明的情况');
    if (noticeRows.some((n) => n.status === 'issued' || n.status === 'reported'))
      throw new AppError('CONFLICT', '尚有未核查通过的监督文书, 不能办结');
    const pending = await notices.objectionsOf(
      this.db,
      noticeRows.map((n) => n.id),
    );
    if (pending.some((o) => o.decision === null))
      throw new AppError('CONFLICT', '尚有未作出复查决定的异议, 不能办结');
    const today = this.ports.clock.today();
    await this.db.transaction().execute(async (trx) => {
      const changed = await repo.changeMatter(trx, id, [row.status], {
        status: 'closed',
        closed_on: today,
        conclusion: input.conclusion,
        due_on: null,
        updated_at: this.ports.clock.now(),
      });
      if (!changed) throw new AppError('CONFLICT', '该事项的状态刚被他人修改, 请刷新后重试');
      await repo.insertEvents(trx, [
        matterEvent(this.ports.clock.now(), id, 'closed', actor, input.conclusion),
      ]);
      await recordAudit(trx, auditActor(actor), {
        action: 'matter.close',
        targetType: 'matter',
        targetId: id,
        detail: { number: row.number, conclusion: input.conclusion },
      });
    });
    return this.detail(actor, id);
  }

  /** Stores an attachment for a record or a report; the supervisor or the agency may upload. */
  upload(actor: UserActor, id: string, body: Readable, meta: { fileName: string; contentType: string }) {
    return uploadAttachment(this.db, this.ports, this, actor, id, body, meta);
  }

  /** Opens an attachment named by a record or an answer of this matter; each download audited. */
  download(actor: UserActor, id: string, sha256: string) {
    return downloadAttachment(this.db, this.ports, this, actor, id, sha256);
  }

  /**
   * A year's figures of the matters about agencies under an org (the year-end summary of a
   * supervision plan): opened, closed, still open, overdue, by origin and problem; notices by kind.
   * No actor: the plan's service has checked the org.
   */
  async yearFigures(orgPath: string, year: number) {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const today = this.ports.clock.today();
    const rows = await repo.mattersOfYear(this.db, orgPath, from, to);
    const count = <K extends string>(keys: K[]) =>
      keys.reduce<Record<string, number>>((acc, k) => {
        acc[k] = (acc[k] ?? 0) + 1;
        return acc;
      }, {});
    const opened = rows.filter((r) => r.opened_on >= from);
    const { notices, objections, escalations } = await repo.noticeFiguresOfYear(
      this.db,
      rows.map((r) => r.id),
      from,
      to,
    );
    return {
      matters: {
        opened: opened.length,
        closed: rows.filter((r) => r.closed_on && r.closed_on <= to).length,
        open: rows.filter((r) => r.status !== 'closed').length,
        overdue: rows.filter((r) => r.status === 'rectifying' && r.due_on && r.due_on < today).length,
        byOrigin: count(opened.map((r) => r.origin)),
        byProblem: count(opened.flatMap((r) => JSON.parse(r.problems) as string[])),
      },
      notices: {
        issued: notices.length,
        byKind: count(notices.map((n) => n.kind)),
        accepted: notices.filter((n) => n.status === 'accepted').length,
        objections,
        escalations,
      },
    };
  }

  /** The matter if the user may read it; NOT_FOUND otherwise. */
  async visible(actor: UserActor, id: string): Promise<repo.MatterRow> {
    const row = await repo.findMatter(this.db, id);
    if (!row || !reaches(actor, 'matter.read', row)) throw new AppError('NOT_FOUND', MATTER_NOT_FOUND);
    return row;
  }
}
