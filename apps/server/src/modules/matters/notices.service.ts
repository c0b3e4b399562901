import { NOTICE_KIND_LABELS } from '@jiandu/contracts/matter-labels';
import {
  type Notice,
  type NoticeIssueSchema,
  type NoticeListQuerySchema,
  type NoticeResponseCreateSchema,
  type NoticeVerdictSchema,
  type ObjectionCreateSchema,
  type ObjectionDecisionSchema,
  RESPONSE_KIND_LABELS,
} from '@jiandu/contracts/matters';
import type { Page, PageQuery } from '@jiandu/contracts/paging';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../platform/authz/actor.ts';
import type { Db } from '../../platform/db/tables.ts';
import { AppError } from '../../platform/errors.ts';
import { DOCX_TYPE } from '../../platform/files/docx.ts';
import { PDF_TYPE } from '../../platform/files/pdf.ts';
import { newId } from '../../platform/ids.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import { matterEvent } from './matter-events.ts';
import type { MatterClock, MatterPorts } from './matter-ports.ts';
import { settleMatter } from './matter-settle.ts';
import { actorLabel, assertHandles, assertResponds, NOTICE_NOT_FOUND, reaches } from './matters.policy.ts';
import { presentNotice } from './matters.presenter.ts';
import * as repo from './matters.repository.ts';
import type { MatterService } from './matters.service.ts';
import { runNoticeReminders } from './notice-reminders.ts';
import * as notices from './notices.repository.ts';
import { assertManualDue } from './supervision-periods.ts';
import { issueNotice } from './use-cases/issue-notice.ts';
import { decideObjection, fileObjection } from './use-cases/notice-objections.ts';

/**
 * Supervision notices (通知书, 建议书, 意见书, 决定书) and the agency's side of the loop: issuing a
 * numbered document as PDF and DOCX, delivering it to the agency's console and source systems,
 * the agency's receipt, plans and reports, the supervisor's verification, and objections.
 */
export class NoticeService {
  constructor(
    private readonly db: Db,
    private readonly ports: MatterPorts,
    private readonly matters: MatterService,
  ) {}

  /** The same service on another clock, with the matters on that clock. */
  withClock(clock: MatterClock): { notices: NoticeService; matters: MatterService } {
    const matters = this.matters.withClock(clock);
    return { notices: new NoticeService(this.db, { ...this.ports, clock }, matters), matters };
  }

  /** The daily reminder pass (the job), on this service's clock. */
  async runReminders() {
    return runNoticeReminders(
      this.db,
      await this.ports.calendar.calendar(),
      this.ports.periods,
      this.ports.clock,
    );
  }

  /** Issues a notice on a matter that has been investigated by two or more supervisors. */
  async issue(
    actor: UserActor,
    matterId: string,
    input: z.output<typeof NoticeIssueSchema>,
  ): Promise<Notice> {
    return this.get(actor, await issueNotice(this.db, this.ports, this.matters, actor, matterId, input));
  }

  /** The agency's inbox (or a supervisor's view of what was sent), newest first. */
  async inbox(
    actor: UserActor,
    filter: z.output<typeof NoticeListQuerySchema>,
    page: PageQuery,
  ): Promise<Page<Notice>> {
    const today = this.ports.clock.today();
    const { total, rows } = await notices.listNotices(this.db, scopesFor(actor, 'matter.read'), filter, page);
    const ids = rows.map((r) => r.id);
    const [responses, objections] = await Promise.all([
      notices.responsesOf(this.db, ids),
      notices.objectionsOf(this.db, ids),
    ]);
    return {
      items: rows.map((r) => presentNotice(r, responses, objections, today)),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  /** One notice with its answers and objections. */
  async get(actor: UserActor, id: string): Promise<Notice> {
    const row = await this.#visible(actor, id);
    const [responses, objections] = await Promise.all([
      notices.responsesOf(this.db, [id]),
      notices.objectionsOf(this.db, [id]),
    ]);
    return presentNotice(row, responses, objections, this.ports.clock.today());
  }

  /** The agency signs for the notice (签收): the read receipt, recorded once, the issuer told. */
  async receive(actor: UserActor, id: string): Promise<Notice> {
    const row = await this.#visible(actor, id);
    assertResponds(actor, row);
    if (!row.read_at)
      await this.db.transaction().execute(async (trx) => {
        if (!(await notices.markRead(trx, id, this.ports.clock.now(), actorLabel(actor)))) return;
        await repo.insertEvents(trx, [
          matterEvent(this.ports.clock.now(), row.matter_id, 'notice_read', actor, row.number, id),
        ]);
        await notify(trx, {
          orgId: row.org_id,
          kind: 'matter.notice.read',
          title: `${row.agency_name}已签收${row.number}`,
          body: `${actorLabel(actor)}于${this.ports.clock.today()}签收了${NOTICE_KIND_LABELS[row.kind]}${row.number}。`,
          link: `/matters/${row.matter_id}`,
        });
        await recordAudit(trx, auditActor(actor), {
          action: 'matter.notice.receive',
          targetType: 'supervision_notice',
          targetId: id,
          detail: { number: row.number },
        });
      });
    return this.get(actor, id);
  }

  /** The agency sends its plan, progress or completion report; a report goes to verification. */
  async respond(
    actor: UserActor,
    id: string,
    input: z.output<typeof NoticeResponseCreateSchema>,
  ): Promise<Notice> {
    const row = await this.#visible(actor, id);
    assertResponds(actor, row);
    if (row.status !== 'issued')
      throw new AppError(
        'CONFLICT',
        row.status === 'reported'
          ? '整改报告正在核查中, 请等待核查结论'
          : '该文书已核查完毕或已撤回, 无需再报送',
      );
    for (const a of input.attachments)
      if (!(await this.ports.blobs.find(a.sha256)))
        throw new AppError('VALIDATION_FAILED', `附件「${a.fileName}」未上传成功, 请重新上传`);
    const label = RESPONSE_KIND_LABELS[input.kind];
    await this.db.transaction().execute(async (trx) => {
      if (!row.read_at) await notices.markRead(trx, id, this.ports.clock.now(), actorLabel(actor));
      await notices.insertResponse(trx, {
        id: newId(),
        notice_id: id,
        kind: input.kind,
        content: input.content,
        attachments: JSON.stringify(input.attachments),
        submitted_at: this.ports.clock.now(),
        submitted_by: actorLabel(actor),
        verdict: null,
        verdict_note: null,
        verdict_at: null,
        verdict_by: null,
      });
      if (input.kind === 'report') {
        if (!(await notices.changeNotice(trx, id, ['issued'], { status: 'reported' })))
          throw new AppError('CONFLICT', '该文书的状态刚被修改, 请刷新后重试');
        await settleMatter(trx, row.matter_id);
      }
      await repo.insertEvents(trx, [
        matterEvent(
          this.ports.clock.now(),
          row.matter_id,
          `${input.kind}_submitted` as 'report_submitted',
          actor,
          label,
          id,
        ),
      ]);
      await notify(trx, {
        orgId: row.org_id,
        kind: 'matter.response',
        title: `${row.agency_name}报送了${label}`,
        body: `${row.number}: ${input.content.slice(0, 120)}`,
        link: `/matters/${row.matter_id}`,
      });
      await recordAudit(trx, auditActor(actor), {
        action: 'matter.notice.respond',
        targetType: 'supervision_notice',
        targetId: id,
        detail: { number: row.number, kind: input.kind, attachments: input.attachments.length },
      });
    });
    return this.get(actor, id);
  }

  /** The supervisor checks the completion report: accepted, or sent back with a new due date. */
  async judge(actor: UserActor, id: string, input: z.output<typeof NoticeVerdictSchema>): Promise<Notice> {
    const row = await this.#visible(actor, id);
    const matter = await this.matters.visible(actor, row.matter_id);
    assertHandles(actor, matter, ['verifying'], '核查整改情况');
    if (row.status !== 'reported') throw new AppError('CONFLICT', '该文书没有待核查的整改报告');
    const today = this.ports.clock.today();
    if (input.verdict === 'returned') assertManualDue(input.dueOn, today);
    const report = (await notices.responsesOf(this.db, [id]))
      .filter((r) => r.kind === 'report' && !r.verdict)
      .pop();
    if (!report) throw new AppError('CONFLICT', '该文书没有待核查的整改报告');
    const accepted = input.verdict === 'accepted';
    await this.db.transaction().execute(async (trx) => {
      const at = this.ports.clock.now();
      if (
        !(await notices.judgeResponse(trx, report.id, {
          verdict: input.verdict,
          verdict_note: input.note,
          verdict_at: at,
          verdict_by: actorLabel(actor),
        }))
      )
        throw new AppError('CONFLICT', '该报告刚被他人核查, 请刷新后重试');
      await notices.changeNotice(
        trx,
        id,
        ['reported'],
        accepted
          ? { status: 'accepted' }
          : {
              status: 'issued',
              due_on: input.dueOn!,
              due_rule: `核查未通过, 退回重新整改, 新期限 ${input.dueOn}。`,
              reminded_step: 0,
            },
      );
      await settleMatter(trx, row.matter_id);
      await repo.insertEvents(trx, [
        matterEvent(
          this.ports.clock.now(),
          row.matter_id,
          accepted ? 'report_accepted' : 'report_returned',
          actor,
          input.note,
          id,
        ),
      ]);
      await notify(trx, {
        orgId: row.agency_org_id,
        kind: 'matter.verdict',
        title: accepted ? `${row.number}整改核查通过` : `${row.number}整改未通过核查, 请重新整改`,
        body: accepted ? input.note : `${input.note} 新的整改期限: ${input.dueOn}。`,
        link: `/notices/${id}`,
      });
      await recordAudit(trx, auditActor(actor), {
        action: 'matter.notice.verify',
        targetType: 'supervision_notice',
        targetId: id,
        detail: { number: row.number, verdict: input.verdict, dueOn: input.dueOn ?? null },
      });
    });
    return this.get(actor, id);
  }

  /** The agency objects (申请复查) within the period; one objection per notice. */
  async object(actor: UserActor, id: string, input: z.output<typeof ObjectionCreateSchema>): Promise<Notice> {
    await fileObjection(this.db, this.ports, actor, await this.#visible(actor, id), input);
    return this.get(actor, id);
  }

  /** The supervisor decides an objection: upheld withdraws the notice, rejected keeps it. */
  async decide(
    actor: UserActor,
    id: string,
    input: z.output<typeof ObjectionDecisionSchema>,
  ): Promise<Notice> {
    await decideObjection(this.db, this.ports, this.matters, actor, await this.#visible(actor, id), input);
    return this.get(actor, id);
  }

  /** The issued document as PDF or DOCX, exactly as issued; each download audited. */
  async document(actor: UserActor, id: string, format: 'pdf' | 'docx') {
    const row = await this.#visible(actor, id);
    const sha256 = format === 'pdf' ? row.pdf_sha256 : row.docx_sha256;
    const stream = await this.ports.blobs.open(sha256);
    await recordAudit(this.db, auditActor(actor), {
      action: 'matter.notice.download',
      targetType: 'supervision_notice',
      targetId: id,
      detail: { number: row.number, format },
    });
    return {
      stream,
      contentType: format === 'pdf' ? PDF_TYPE : DOCX_TYPE,
      fileName: `${NOTICE_KIND_LABELS[row.kind]} ${row.number}.${format}`,
    };
  }

  async #visible(actor: UserActor, id: string): Promise<notices.NoticeRow> {
    const row = await notices.findNotice(this.db, id);
    if (!row || !reaches(actor, 'matter.read', row)) throw new AppError('NOT_FOUND', NOTICE_NOT_FOUND);
    return row;
  }
}
