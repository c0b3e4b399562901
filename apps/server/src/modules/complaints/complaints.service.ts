import type { Readable } from 'node:stream';
import type {
  ComplaintAnswerSchema,
  ComplaintDetail,
  ComplaintEntrySchema,
  ComplaintExtensionDecisionSchema,
  ComplaintExtensionRequestSchema,
  ComplaintListQuery,
  ComplaintMatterSchema,
  ComplaintSummary,
  ComplaintTransferSchema,
} from '@jiandu/contracts/complaints';
import type { Attachment, MatterDetail } from '@jiandu/contracts/matters';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { Updateable } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import { decryptField } from '../../platform/crypto/field-cipher.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import { actorLabel, complaintEvent } from './complaint-events.ts';
import { dueDate } from './complaint-periods.ts';
import type { ComplaintClock, ComplaintPorts } from './complaint-ports.ts';
import { runComplaintReminders } from './complaint-reminders.ts';
import { assertStep, COMPLAINT_NOT_FOUND, reaches, seesIdentity } from './complaints.policy.ts';
import { presentDetail, presentSummary } from './complaints.presenter.ts';
import * as repo from './complaints.repository.ts';
import type { ComplaintTable } from './complaints.table.ts';
import { PublicComplaintService } from './complaints-public.service.ts';
import { type Registered, registerComplaint } from './use-cases/register-complaint.ts';

/** Most rows one export may hold. */
export const COMPLAINT_EXPORT_LIMIT = 20_000;

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * Complaints (投诉举报) in the console: entered from calls, letters, visits and petition offices or
 * arriving from the portal; accepted, declined with reasons or transferred within the acceptance
 * period; handled and answered within the answer period (extended once with a supervisor's
 * approval); closed after the complainant's rating, or reopened. Due dates come from the platform
 * calendar with their derivation; identities are shown only to those allowed; every change is audited.
 */
export class ComplaintService {
  readonly public: PublicComplaintService;

  constructor(
    private readonly db: Db,
    private readonly ports: ComplaintPorts,
  ) {
    this.public = new PublicComplaintService(db, ports);
  }

  /** The same service on another clock (tests move time to run deadlines and windows). */
  withClock(clock: ComplaintClock): ComplaintService {
    return new ComplaintService(this.db, { ...this.ports, clock });
  }

  /** The daily pass over deadlines, on this service's clock. */
  runReminders() {
    return runComplaintReminders(this.db, this.ports);
  }

  /** One page of the complaints the user may see, nearest deadline first. */
  async list(actor: UserActor, filter: ComplaintListQuery, page: PageQuery): Promise<Page<ComplaintSummary>> {
    const { total, rows } = await repo.listComplaints(
      this.db,
      scopesFor(actor, 'complaint.read'),
      filter,
      page,
    );
    return { items: rows.map((r) => presentSummary(r)), total, page: page.page, pageSize: page.pageSize };
  }

  /** Every matching complaint for an export; refuses more than the limit with a hint to narrow it. */
  async listAll(actor: UserActor, filter: ComplaintListQuery): Promise<ComplaintSummary[]> {
    const scopes = scopesFor(actor, 'complaint.read');
    if ((await repo.countComplaints(this.db, scopes, filter)) > COMPLAINT_EXPORT_LIMIT)
      throw new AppError('CONFLICT', `一次最多导出${COMPLAINT_EXPORT_LIMIT}条, 请缩小筛选范围`);
    return (await repo.listAllComplaints(this.db, scopes, filter, COMPLAINT_EXPORT_LIMIT)).map((r) =>
      presentSummary(r),
    );
  }

  /** One complaint with history and links; the identity only for those allowed (and that viewing audited). */
  async detail(actor: UserActor, id: string): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    const own = await this.ports.orgs.findById(actor.orgId);
    const identity = seesIdentity(actor, own?.path ?? '', row)
      ? {
          name: decryptField(this.ports.keyring, row.name_enc!),
          phone: decryptField(this.ports.keyring, row.phone_enc!),
          idNumber: row.id_number_enc ? decryptField(this.ports.keyring, row.id_number_enc) : null,
        }
      : null;
    if (identity)
      await recordAudit(this.db, auditActor(actor), {
        action: 'complaint.identity.view',
        targetType: 'complaint',
        targetId: id,
      });
    const related = (await repo.linksOf(this.db, id)).map((l) => ({
      id: l.id,
      trackingCode: l.tracking_code,
      title: l.title,
      reason: l.reason,
    }));
    return presentDetail(row, await repo.eventsOf(this.db, id), related, identity);
  }

  /** A handler enters a complaint received by phone, letter, visit or from a petition office. */
  async register(
    actor: UserActor,
    input: z.output<typeof ComplaintEntrySchema>,
  ): Promise<{ complaint: ComplaintDetail; trackingCode: string; password: string }> {
    const done: Registered = await registerComplaint(
      this.db,
      this.ports,
      { ...input, attachments: [] },
      actor,
    );
    return {
      complaint: await this.detail(actor, done.id),
      trackingCode: done.trackingCode,
      password: done.password,
    };
  }

  /** Accepts the complaint; the answer period starts today. */
  async accept(actor: UserActor, id: string, note?: string): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.handle', ['registered', 'transferred'], '受理');
    const profile = this.ports.periods.profiles[row.profile];
    const today = this.ports.clock.today();
    const answer = dueDate(
      await this.ports.calendar.calendar(),
      today,
      profile.answerAmount,
      profile.answerUnit,
      profile.answerBasis,
    );
    const late = today > row.accept_due_on ? `超过受理期限 ${row.accept_due_on}` : null;
    await this.#change(
      actor,
      row,
      ['registered', 'transferred'],
      'accepted',
      [late, note ?? null, `答复期限 ${answer.due}`],
      {
        status: 'handling',
        accepted_on: today,
        stage: 'answer',
        due_on: answer.due,
        overdue_stage: null,
        answer_due_on: answer.due,
        answer_due_rule: answer.rule,
      },
      { action: 'complaint.accept', detail: { answerDueOn: answer.due, late: !!late } },
    );
    return this.detail(actor, id);
  }

  /** Declines the complaint with written reasons. */
  async decline(actor: UserActor, id: string, reason: string): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.handle', ['registered', 'transferred'], '作出不予受理决定');
    await this.#change(
      actor,
      row,
      ['registered', 'transferred'],
      'declined',
      [reason],
      {
        status: 'declined',
        decline_reason: reason,
        stage: null,
        due_on: null,
      },
      { action: 'complaint.decline', detail: { reason } },
    );
    return this.detail(actor, id);
  }

  /** Transfers the complaint to the competent org, which then decides on acceptance. */
  async transfer(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintTransferSchema>,
  ): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.handle', ['registered', 'transferred'], '转办');
    const to = await this.ports.orgs.findById(input.orgId);
    if (to?.status !== 'active') throw invalid('orgId', '转办单位不存在或已停用');
    if (to.id === row.org_id) throw invalid('orgId', '不能转办给本单位');
    await this.#change(
      actor,
      row,
      ['registered', 'transferred'],
      'transferred',
      [`转${to.name}`, input.reason],
      {
        status: 'transferred',
        org_id: to.id,
        transferred_to: to.name,
      },
      { action: 'complaint.transfer', detail: { from: row.org_id, to: to.id, reason: input.reason } },
      async (trx) => {
        await notify(trx, {
          orgId: to.id,
          kind: 'complaint.transferred',
          title: `${row.org_name}转来投诉举报「${row.title}」`,
          body: `请于${row.accept_due_on}前作出是否受理的决定。转办理由: ${input.reason}`,
          link: `/complaints/${row.id}`,
          dedupeKey: `complaint:${row.id}:transfer:${to.id}`,
        });
      },
    );
    return this.detail(actor, id);
  }

  /** Asks for more time to answer (once), with the reason. */
  async requestExtension(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintExtensionRequestSchema>,
  ): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.handle', ['handling'], '申请延期');
    if (row.extension_status === 'requested') throw new AppError('CONFLICT', '已有待审批的延期申请');
    if (row.extension_status === 'approved') throw new AppError('CONFLICT', '该投诉已延期一次, 不能再次延期');
    const max = this.ports.periods.profiles[row.profile].maxExtensionDays;
    if (input.days > max) throw invalid('days', `延长期限不得超过${max}日`);
    await this.#change(
      actor,
      row,
      ['handling'],
      'extension_requested',
      [`延长${input.days}日`, input.reason],
      {
        extension_days: input.days,
        extension_reason: input.reason,
        extension_status: 'requested',
        extension_requested_by: actorLabel(actor),
        extension_requested_by_id: actor.userId,
        extension_decided_by: null,
      },
      { action: 'complaint.extension.request', detail: { days: input.days, reason: input.reason } },
    );
    return this.detail(actor, id);
  }

  /** A supervisor approves (the answer is then due later) or refuses the extension. */
  async decideExtension(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintExtensionDecisionSchema>,
  ): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.approve', ['handling'], '审批延期');
    if (row.extension_status !== 'requested' || !row.extension_days || !row.answer_due_on)
      throw new AppError('CONFLICT', '没有待审批的延期申请');
    if (row.extension_requested_by_id === actor.userId)
      throw new AppError('FORBIDDEN', '申请人不能审批自己的延期申请');
    if (input.decision === 'refused') {
      await this.#change(
        actor,
        row,
        ['handling'],
        'extension_refused',
        [input.note ?? null],
        {
          extension_status: 'refused',
          extension_decided_by: actorLabel(actor),
        },
        { action: 'complaint.extension.refuse', detail: { note: input.note ?? null } },
      );
      return this.detail(actor, id);
    }
    const due = dueDate(
      await this.ports.calendar.calendar(),
      row.answer_due_on,
      row.extension_days,
      'calendar',
      `经${actorLabel(actor)}批准延期${row.extension_days}日 (原期限 ${row.answer_due_on}, 理由: ${row.extension_reason})`,
    );
    await this.#change(
      actor,
      row,
      ['handling'],
      'extension_approved',
      [`新的答复期限 ${due.due}`, input.note ?? null],
      {
        extension_status: 'approved',
        extension_decided_by: actorLabel(actor),
        answer_due_on: due.due,
        answer_due_rule: `${row.answer_due_rule}; ${due.rule}`,
        due_on: due.due,
        overdue_stage: null,
      },
      {
        action: 'complaint.extension.approve',
        detail: { days: row.extension_days, from: row.answer_due_on, to: due.due },
      },
    );
    return this.detail(actor, id);
  }

  /** Records the answer given to the complainant. */
  async answer(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintAnswerSchema>,
  ): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.handle', ['handling'], '答复');
    const today = this.ports.clock.today();
    const late = row.answer_due_on && today > row.answer_due_on ? `超过答复期限 ${row.answer_due_on}` : null;
    await this.#change(
      actor,
      row,
      ['handling'],
      'answered',
      [late],
      {
        status: 'answered',
        answer: input.answer,
        answered_on: today,
        stage: null,
        due_on: null,
        extension_status: row.extension_status === 'requested' ? null : row.extension_status,
      },
      { action: 'complaint.answer', detail: { late: !!late } },
    );
    return this.detail(actor, id);
  }

  /** Closes an answered (or rated) complaint. */
  async close(actor: UserActor, id: string, note?: string): Promise<ComplaintDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.handle', ['answered', 'rated'], '办结');
    await this.#change(
      actor,
      row,
      ['answered', 'rated'],
      'closed',
      [note ?? null],
      {
        status: 'closed',
        closed_on: this.ports.clock.today(),
      },
      { action: 'complaint.close', detail: { rating: row.rating } },
    );
    return this.detail(actor, id);
  }

  /** Opens a supervision matter from the complaint, linked to it in the same transaction. */
  async openMatter(
    actor: UserActor,
    id: string,
    input: z.output<typeof ComplaintMatterSchema>,
  ): Promise<MatterDetail> {
    const row = await this.#visible(actor, id);
    assertStep(actor, row, 'complaint.handle', ['handling', 'answered', 'rated', 'closed'], '转立监督事项');
    if (row.matter_id) throw new AppError('CONFLICT', '该投诉已转立监督事项');
    return this.ports.matters.open(
      actor,
      {
        ...input,
        scope: 'single',
        track: 'routine',
        origin: 'complaint',
        originRef: row.id,
        caseIds: [],
        warningIds: [],
      },
      async (trx, matter) => {
        const linked = await trx
          .updateTable('complaint')
          .set({ matter_id: matter.id, updated_at: this.ports.clock.now() })
          .where('id', '=', row.id)
          .where('matter_id', 'is', null)
          .executeTakeFirst();
        if (Number(linked.numUpdatedRows) !== 1) throw new AppError('CONFLICT', '该投诉已转立监督事项');
        await repo.insertEvent(
          trx,
          complaintEvent(this.ports.clock.now(), row.id, 'matter_opened', actor, matter.number),
        );
        await recordAudit(trx, auditActor(actor), {
          action: 'complaint.matter',
          targetType: 'complaint',
          targetId: row.id,
          detail: { matter: matter.number },
        });
      },
    );
  }

  /** An attachment of a complaint (the download is audited). */
  async download(actor: UserActor, id: string, sha256: string): Promise<Attachment & { stream: Readable }> {
    const row = await this.#visible(actor, id);
    const file = (JSON.parse(row.attachments) as Attachment[]).find((a) => a.sha256 === sha256.toLowerCase());
    if (!file) throw new AppError('NOT_FOUND', '该投诉没有这个附件');
    const stream = await this.ports.blobs.open(file.sha256);
    await recordAudit(this.db, auditActor(actor), {
      action: 'complaint.attachment.download',
      targetType: 'complaint',
      targetId: id,
      detail: { sha256: file.sha256 },
    });
    return { ...file, stream };
  }

  async #visible(actor: UserActor, id: string): Promise<repo.ComplaintRow> {
    const row = await repo.findComplaint(this.db, id);
    if (!row || !reaches(actor, 'complaint.read', row)) throw new AppError('NOT_FOUND', COMPLAINT_NOT_FOUND);
    return row;
  }

  async #change(
    actor: UserActor,
    row: repo.ComplaintRow,
    expected: readonly ComplaintTable['status'][],
    kind: Parameters<typeof complaintEvent>[2],
    notes: (string | null)[],
    set: Updateable<ComplaintTable>,
    audit: { action: string; detail: Record<string, unknown> },
    also?: (trx: Db) => Promise<void>,
  ): Promise<void> {
    const now = this.ports.clock.now();
    await this.db.transaction().execute(async (trx) => {
      if (!(await repo.changeComplaint(trx, row.id, expected, { ...set, updated_at: now })))
        throw new AppError('CONFLICT', '该投诉已被他人处理, 请刷新后重试');
      const note = notes.filter((n): n is string => !!n).join('; ') || null;
      await repo.insertEvent(trx, complaintEvent(now, row.id, kind, actor, note));
      await recordAudit(trx, auditActor(actor), { ...audit, targetType: 'complaint', targetId: row.id });
      await also?.(trx);
    });
  }
}
