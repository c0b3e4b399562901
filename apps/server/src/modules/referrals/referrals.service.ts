import type { Readable } from 'node:stream';
import type { Attachment } from '@jiandu/contracts/matters';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_TARGET_LABELS } from '@jiandu/contracts/referral-labels';
import type {
  ReferralApprovalSchema,
  ReferralCloseSchema,
  ReferralDetail,
  ReferralDraftSchema,
  ReferralFeedbackSchema,
  ReferralHandoverSchema,
  ReferralListQuery,
  ReferralReceiptSchema,
  ReferralSendSchema,
  ReferralSummary,
} from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { type NoticeInput, notify } from '../../platform/notifications/notifications.ts';
import { referralEvent } from './referral-events.ts';
import {
  approvalDue,
  endOfDay,
  feedbackDue,
  handoverDue,
  shanghai,
  transferDue,
} from './referral-periods.ts';
import type { ReferralClock, ReferralPorts } from './referral-ports.ts';
import { runReferralReminders } from './referral-reminders.ts';
import { actorLabel, assertStep, REFERRAL_NOT_FOUND, reaches } from './referrals.policy.ts';
import { materialsOf, presentDetail, presentSummary } from './referrals.presenter.ts';
import * as repo from './referrals.repository.ts';
import type { ReferralTable } from './referrals.table.ts';
import { checkDraft } from './use-cases/check-draft.ts';
import { openAttachment, openDocument, storeAttachment } from './use-cases/referral-files.ts';
import { sendReferral } from './use-cases/send-referral.ts';

/** Most rows one export may hold. */
export const REFERRAL_EXPORT_LIMIT = 20_000;

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/**
 * Referrals (线索移送) of leads to 纪检监察, 公安 and 检察: drafted by the org that found the lead,
 * approved or refused by its head within the period, sent with a numbered 移送书 (a criminal case
 * within 24 hours of approval), then the receipt and the receiving body's decision are recorded and
 * the referral closed. Every due date is stored with its derivation; every change is audited.
 */
export class ReferralService {
  constructor(
    private readonly db: Db,
    private readonly ports: ReferralPorts,
  ) {}

  /** The same service on another clock (tests move time to run the deadlines). */
  withClock(clock: ReferralClock): ReferralService {
    return new ReferralService(this.db, { ...this.ports, clock });
  }

  /** The hourly pass over deadlines, on this service's clock. */
  runReminders() {
    return runReferralReminders(this.db, this.ports.clock, this.ports.periods);
  }

  /** One page of the referrals the user may see, those with the nearest deadline first. */
  async list(actor: UserActor, filter: ReferralListQuery, page: PageQuery): Promise<Page<ReferralSummary>> {
    const now = this.ports.clock.now();
    const scopes = scopesFor(actor, 'referral.read');
    const { total, rows } = await repo.listReferrals(this.db, scopes, filter, page, now);
    return {
      items: rows.map((r) => presentSummary(r, now)),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** Every matching referral for an export; refuses more than the limit with a hint to narrow it. */
  async listAll(actor: UserActor, filter: ReferralListQuery): Promise<ReferralSummary[]> {
    const now = this.ports.clock.now();
    const scopes = scopesFor(actor, 'referral.read');
    if ((await repo.countReferrals(this.db, scopes, filter, now)) > REFERRAL_EXPORT_LIMIT)
      throw new AppError('CONFLICT', `一次最多导出${REFERRAL_EXPORT_LIMIT}条, 请缩小筛选范围`);
    const rows = await repo.listAllReferrals(this.db, scopes, filter, now, REFERRAL_EXPORT_LIMIT);
    return rows.map((r) => presentSummary(r, now));
  }

  /** One referral with its history. */
  async detail(actor: UserActor, id: string): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    return presentDetail(row, await repo.eventsOf(this.db, id), this.ports.clock.now());
  }

  /** Drafts a referral for the user's own org. */
  async create(actor: UserActor, input: z.output<typeof ReferralDraftSchema>): Promise<ReferralDetail> {
    const org = await this.ports.orgs.findById(actor.orgId);
    if (
      !org ||
      !reaches(actor, 'referral.manage', { org_id: org.id, org_path: org.path, region_code: org.region_code })
    )
      throw new AppError('FORBIDDEN', '您没有为本单位办理线索移送的权限');
    const checked = await checkDraft(this.ports, actor, org.path, input);
    const id = newId();
    const now = this.ports.clock.now();
    await this.db.transaction().execute(async (trx) => {
      await repo.insertReferral(trx, {
        id,
        org_id: org.id,
        region_code: org.region_code,
        ...this.#draftColumns(input, checked),
        status: 'draft',
        drafted_on: this.ports.clock.today(),
        drafted_by: actorLabel(actor),
        receipt_attachments: '[]',
        feedback_attachments: '[]',
        created_at: now,
        updated_at: now,
      });
      await repo.insertEvent(trx, referralEvent(now, id, 'drafted', actor, input.title));
      await recordAudit(trx, auditActor(actor), {
        action: 'referral.create',
        targetType: 'referral',
        targetId: id,
        detail: { target: input.targetKind, origin: input.origin, originRef: input.originRef },
      });
    });
    return this.detail(actor, id);
  }

  /** Changes a draft (the whole draft is sent again). */
  async update(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralDraftSchema>,
  ): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.manage', ['draft'], '修改');
    const checked = await checkDraft(this.ports, actor, row.org_path, input);
    await this.#change(actor, row, 'draft', this.#draftColumns(input, checked), 'updated', null, {
      action: 'referral.update',
      before: { title: row.title, target: row.target_kind, materials: materialsOf(row).length },
      after: { title: input.title, target: input.targetKind, materials: input.materials.length },
    });
    return this.detail(actor, id);
  }

  /** Submits a draft to the head; the approval period starts the day of submission. */
  async submit(actor: UserActor, id: string): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.manage', ['draft'], '提交审批');
    const materials = materialsOf(row);
    if (!materials.length) throw invalid('materials', '请列明随案移送的材料');
    if (row.target_kind === 'police' && !materials.some((m) => m.kind === 'investigation_report'))
      throw invalid('materials', '移送涉嫌犯罪案件应附涉嫌犯罪案件情况的调查报告 (规定第六条)');
    const due = approvalDue(
      await this.ports.calendar.calendar(),
      this.ports.periods,
      row.target_kind,
      this.ports.clock.today(),
    );
    await this.#change(
      actor,
      row,
      'draft',
      {
        status: 'submitted',
        submitted_at: this.ports.clock.now(),
        submitted_by: actorLabel(actor),
        submitted_by_id: actor.userId,
        approval_due_on: due.due,
        approval_due_rule: due.rule,
        stage: 'approval',
        due_at: endOfDay(due.due),
        overdue_stage: null,
      },
      'submitted',
      `审批期限 ${due.due}`,
      { action: 'referral.submit', approvalDueOn: due.due },
      {
        kind: 'referral.submitted',
        title: `线索移送「${row.title}」待负责人审批`,
        body: `${actorLabel(actor)}提交了移送${REFERRAL_TARGET_LABELS[row.target_kind]}的申请, 请于${due.due}前作出是否批准的决定。`,
      },
    );
    return this.detail(actor, id);
  }

  /** The head approves (a criminal case must then reach the police within 24 hours) or refuses with reasons. */
  async decide(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralApprovalSchema>,
  ): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.approve', ['submitted'], '审批');
    if (row.submitted_by_id === actor.userId) throw new AppError('FORBIDDEN', '提交人不能审批自己提交的移送');
    const now = this.ports.clock.now();
    const late = row.due_at !== null && now > row.due_at ? `, 超过审批期限 ${row.approval_due_on}` : '';
    if (input.decision === 'refused') {
      await this.#change(
        actor,
        row,
        'submitted',
        {
          status: 'refused',
          decided_at: now,
          decided_by: actorLabel(actor),
          refusal_reason: input.reason,
          stage: null,
          due_at: null,
          overdue_stage: null,
        },
        'refused',
        `${input.reason}${late}`,
        { action: 'referral.refuse', reason: input.reason },
        { kind: 'referral.refused', title: `线索移送「${row.title}」不予批准`, body: input.reason },
      );
      return this.detail(actor, id);
    }
    const transfer = row.target_kind === 'police' ? transferDue(this.ports.periods, now) : null;
    await this.#change(
      actor,
      row,
      'submitted',
      {
        status: 'approved',
        decided_at: now,
        decided_by: actorLabel(actor),
        transfer_due_at: transfer?.due ?? null,
        transfer_due_rule: transfer?.rule ?? null,
        stage: transfer ? 'transfer' : null,
        due_at: transfer?.due ?? null,
        overdue_stage: null,
      },
      'approved',
      `${transfer ? `应于${shanghai(transfer.due)}前移送公安机关` : '批准移送'}${late}`,
      { action: 'referral.approve', transferDueAt: transfer?.due ?? null },
      {
        kind: 'referral.approved',
        title: `线索移送「${row.title}」已批准移送`,
        body: transfer
          ? `请于${shanghai(transfer.due)}前将案件移送${row.target_name} (规定第五条: 批准后24小时内移送)。`
          : `请制作移送书并移送${row.target_name}。`,
      },
    );
    return this.detail(actor, id);
  }

  /** Sends an approved referral with its numbered 移送书 (see use-cases/send-referral.ts). */
  async send(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralSendSchema>,
  ): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.manage', ['approved'], '移送');
    await sendReferral(this.db, this.ports, actor, row, input);
    return this.detail(actor, id);
  }

  /** Records the receipt (回执); the receiving body's decision period starts the day it received. */
  async receive(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralReceiptSchema>,
  ): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.manage', ['sent'], '登记接收');
    this.#assertDay('receivedOn', input.receivedOn, row.sent_on!, '移送日期');
    await this.#checkFiles(input.attachments);
    const due = feedbackDue(
      await this.ports.calendar.calendar(),
      this.ports.periods,
      row.target_kind,
      input.receivedOn,
    );
    await this.#change(
      actor,
      row,
      'sent',
      {
        status: 'received',
        received_on: input.receivedOn,
        receiver: input.receiver,
        receipt_attachments: JSON.stringify(input.attachments),
        feedback_due_on: due.due,
        feedback_due_rule: due.rule,
        stage: 'feedback',
        due_at: endOfDay(due.due),
        overdue_stage: null,
      },
      'received',
      `${input.receiver}于${input.receivedOn}接收; 反馈期限 ${due.due}`,
      { action: 'referral.receive', receivedOn: input.receivedOn, feedbackDueOn: due.due },
    );
    return this.detail(actor, id);
  }

  /** Records the receiving body's decision: filed, not filed (with reasons) or returned. */
  async feedback(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralFeedbackSchema>,
  ): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.manage', ['received'], '登记反馈');
    this.#assertDay('decidedOn', input.decidedOn, row.received_on!, '接收日期');
    await this.#checkFiles(input.attachments);
    const late = input.decidedOn > row.feedback_due_on! ? `, 超过反馈期限 ${row.feedback_due_on}` : '';
    const handover =
      row.target_kind === 'police' && input.outcome === 'filed'
        ? handoverDue(await this.ports.calendar.calendar(), this.ports.periods, input.decidedOn)
        : null;
    await this.#change(
      actor,
      row,
      'received',
      {
        status: 'answered',
        outcome: input.outcome,
        outcome_on: input.decidedOn,
        outcome_number: input.documentNumber,
        outcome_reasons: input.reasons || null,
        feedback_attachments: JSON.stringify(input.attachments),
        handover_due_on: handover?.due ?? null,
        handover_due_rule: handover?.rule ?? null,
        stage: handover ? 'handover' : null,
        due_at: handover ? endOfDay(handover.due) : null,
        overdue_stage: null,
      },
      'answered',
      `${REFERRAL_OUTCOME_LABELS[input.outcome]} (${input.decidedOn})${input.reasons ? `: ${input.reasons}` : ''}${late}`,
      { action: 'referral.feedback', outcome: input.outcome, decidedOn: input.decidedOn },
    );
    return this.detail(actor, id);
  }

  /** Records that exhibits and materials reached the police after it filed the case (第十二条). */
  async handover(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralHandoverSchema>,
  ): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.manage', ['answered'], '登记移交');
    if (row.stage !== 'handover')
      throw new AppError('CONFLICT', '只有公安机关立案后才需登记移交涉案物品与材料');
    this.#assertDay('handedOverOn', input.handedOverOn, row.outcome_on!, '立案日期');
    const late = input.handedOverOn > row.handover_due_on! ? `, 超过移交期限 ${row.handover_due_on}` : '';
    await this.#change(
      actor,
      row,
      'answered',
      { handed_over_on: input.handedOverOn, stage: null, due_at: null, overdue_stage: null },
      'handed_over',
      `${input.handedOverOn}移交${late}${input.note ? `; ${input.note}` : ''}`,
      { action: 'referral.handover', handedOverOn: input.handedOverOn },
    );
    return this.detail(actor, id);
  }

  /** Closes a referral once the receiving body has answered (and, after filing, the exhibits went over). */
  async close(
    actor: UserActor,
    id: string,
    input: z.output<typeof ReferralCloseSchema>,
  ): Promise<ReferralDetail> {
    const row = await this.visible(actor, id);
    assertStep(actor, row, 'referral.manage', ['answered'], '办结');
    if (row.stage === 'handover')
      throw new AppError('CONFLICT', '公安机关已立案, 请先登记向其移交涉案物品与材料 (规定第十二条)');
    await this.#change(
      actor,
      row,
      'answered',
      { status: 'closed', closed_on: this.ports.clock.today(), conclusion: input.conclusion },
      'closed',
      input.conclusion,
      { action: 'referral.close', conclusion: input.conclusion },
    );
    return this.detail(actor, id);
  }

  /** The 移送书 as sent, PDF or DOCX; each download audited. */
  async document(actor: UserActor, id: string, format: 'pdf' | 'docx') {
    return openDocument(this.db, this.ports, actor, await this.visible(actor, id), format);
  }

  /** Stores a file to be named in the materials, the receipt or the feedback. */
  async upload(
    actor: UserActor,
    id: string,
    body: Readable,
    meta: { fileName: string; contentType: string },
  ) {
    return storeAttachment(this.ports, actor, await this.visible(actor, id), body, meta);
  }

  /** Opens a file the referral names; each download audited. */
  async download(actor: UserActor, id: string, sha256: string) {
    return openAttachment(this.db, this.ports, actor, await this.visible(actor, id), sha256);
  }

  /** The referral if the user may read it; NOT_FOUND otherwise. */
  async visible(actor: UserActor, id: string): Promise<repo.ReferralRow> {
    const row = await repo.findReferral(this.db, id);
    if (!row || !reaches(actor, 'referral.read', row)) throw new AppError('NOT_FOUND', REFERRAL_NOT_FOUND);
    return row;
  }

  #draftColumns(
    input: z.output<typeof ReferralDraftSchema>,
    checked: Awaited<ReturnType<typeof checkDraft>>,
  ) {
    return {
      title: input.title,
      target_kind: input.targetKind,
      target_name: input.targetName,
      origin: input.origin,
      origin_ref: input.originRef,
      origin_label: checked.originLabel,
      subject_name: input.subjectName,
      suspected_offence: input.suspectedOffence,
      facts: input.facts,
      handlers: JSON.stringify(checked.handlers),
      materials: JSON.stringify(input.materials),
    };
  }

  #assertDay(path: string, day: string, notBefore: string, what: string) {
    if (day > this.ports.clock.today()) throw invalid(path, '日期不能晚于今天');
    if (day < notBefore) throw invalid(path, `日期不能早于${what} (${notBefore})`);
  }

  async #checkFiles(attachments: readonly Attachment[]) {
    for (const a of attachments)
      if (!(await this.ports.blobs.find(a.sha256)))
        throw invalid('attachments', `附件「${a.fileName}」未上传成功, 请重新上传`);
  }

  /** One step: the change if the status is still the expected one, a history line, an audit entry. */
  async #change(
    actor: UserActor,
    row: repo.ReferralRow,
    expected: ReferralTable['status'],
    set: Partial<ReferralTable>,
    event: Parameters<typeof referralEvent>[2],
    note: string | null,
    audit: { action: string } & Record<string, unknown>,
    tell?: Omit<NoticeInput, 'orgId' | 'link'>,
  ) {
    const { action, ...detail } = audit;
    const now = this.ports.clock.now();
    await this.db.transaction().execute(async (trx) => {
      if (!(await repo.changeReferral(trx, row.id, expected, { ...set, updated_at: now })))
        throw new AppError('CONFLICT', '该移送的状态刚被他人修改, 请刷新后重试');
      await repo.insertEvent(trx, referralEvent(now, row.id, event, actor, note));
      if (tell) await notify(trx, { ...tell, orgId: row.org_id, link: `/referrals/${row.id}` });
      await recordAudit(trx, auditActor(actor), {
        action,
        targetType: 'referral',
        targetId: row.id,
        detail: { target: REFERRAL_TARGET_LABELS[row.target_kind], number: row.number, ...detail },
      });
    });
  }
}
