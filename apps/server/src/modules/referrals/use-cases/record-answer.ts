import { REFERRAL_OUTCOME_LABELS } from '@jiandu/contracts/referral-labels';
import type {
  ReferralCloseSchema,
  ReferralFeedbackSchema,
  ReferralHandoverSchema,
  ReferralReceiptSchema,
} from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { endOfDay, feedbackDue, handoverDue, reviewDue } from '../referral-periods.ts';
import type { ReferralPorts } from '../referral-ports.ts';
import * as rounds from '../referral-rounds.repository.ts';
import {
  applyStep,
  assertDay,
  assertUploaded,
  clause,
  invalid,
  lateNote,
  onReferral,
} from '../referral-step.ts';
import { assertStep } from '../referrals.policy.ts';
import type * as repo from '../referrals.repository.ts';

/** Records the receipt (回执); the receiving body's decision period starts the day it received. */
export async function receiveReferral(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  input: z.output<typeof ReferralReceiptSchema>,
): Promise<void> {
  assertStep(actor, row, 'referral.manage', ['sent'], '登记接收');
  assertDay(ports, 'receivedOn', input.receivedOn, row.sent_on!, '移送日期');
  await assertUploaded(ports, input.attachments);
  const due = feedbackDue(await ports.calendar.calendar(), ports.periods, row.target_kind, input.receivedOn);
  await applyStep(db, ports, actor, row, {
    expected: 'sent',
    set: {
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
    event: 'received',
    note: `${input.receiver}于${input.receivedOn}接收; 反馈期限 ${due.due}`,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'referral.receive',
        ...onReferral(row, { receivedOn: input.receivedOn, feedbackDueOn: due.due }),
      }),
  });
}

/**
 * Records the receiving body's decision: filed (the police then get the exhibits within 3 days),
 * not filed with reasons, or returned. A police refusal to file opens the org's 3-day window to ask
 * for reconsideration or filing supervision, counted from the day it received the notice (第九条).
 */
export async function recordFeedback(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  input: z.output<typeof ReferralFeedbackSchema>,
): Promise<void> {
  assertStep(actor, row, 'referral.manage', ['received'], '登记反馈');
  assertDay(ports, 'decidedOn', input.decidedOn, row.received_on!, '接收日期');
  const contestable = row.target_kind === 'police' && input.outcome === 'not_filed';
  if (contestable && !input.notifiedOn)
    throw invalid('notifiedOn', '请填写收到不予立案通知书的日期 (提请复议的期限自该日起算)');
  if (input.notifiedOn) assertDay(ports, 'notifiedOn', input.notifiedOn, input.decidedOn, '决定日期');
  await assertUploaded(ports, input.attachments);
  const calendar = await ports.calendar.calendar();
  const handover =
    row.target_kind === 'police' && input.outcome === 'filed'
      ? handoverDue(calendar, ports.periods, input.decidedOn)
      : null;
  const window = contestable
    ? reviewDue(calendar, ports.periods, 'reconsiderationRequest', input.notifiedOn!)
    : null;
  const next = handover ?? window;
  await applyStep(db, ports, actor, row, {
    expected: 'received',
    set: {
      status: 'answered',
      outcome: input.outcome,
      outcome_on: input.decidedOn,
      outcome_number: input.documentNumber,
      outcome_reasons: input.reasons || null,
      feedback_attachments: JSON.stringify(input.attachments),
      notified_on: input.notifiedOn,
      handover_due_on: handover?.due ?? null,
      handover_due_rule: handover?.rule ?? null,
      review_window_on: window?.due ?? null,
      review_window_rule: window?.rule ?? null,
      stage: handover ? 'handover' : window ? 'reconsideration_request' : null,
      due_at: next ? endOfDay(next.due) : null,
      overdue_stage: null,
    },
    event: 'answered',
    note: `${REFERRAL_OUTCOME_LABELS[input.outcome]} (${input.decidedOn})${input.reasons ? `: ${clause(input.reasons)}` : ''}${lateNote(input.decidedOn, row.feedback_due_on, '反馈')}${window ? `; 如有异议, 可于${window.due}前提请复议或建议检察院立案监督` : ''}`,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'referral.feedback',
        ...onReferral(row, { outcome: input.outcome, decidedOn: input.decidedOn }),
      }),
  });
}

/** Records that exhibits and materials reached the police after it filed the case (第十二条). */
export async function recordHandover(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  input: z.output<typeof ReferralHandoverSchema>,
): Promise<void> {
  assertStep(actor, row, 'referral.manage', ['answered'], '登记移交');
  if (row.stage !== 'handover')
    throw new AppError('CONFLICT', '只有公安机关立案后才需登记移交涉案物品与材料');
  // Filed on review (第九条): the filing day is the review's decision, not the first answer.
  const filedOn =
    (await rounds.reviewsOf(db, row.id)).find((r) => r.result === 'filed')?.decided_on ?? row.outcome_on!;
  assertDay(ports, 'handedOverOn', input.handedOverOn, filedOn, '立案日期');
  await applyStep(db, ports, actor, row, {
    expected: 'answered',
    set: { handed_over_on: input.handedOverOn, stage: null, due_at: null, overdue_stage: null },
    event: 'handed_over',
    note: `${input.handedOverOn}移交${lateNote(input.handedOverOn, row.handover_due_on, '移交')}${input.note ? `; ${input.note}` : ''}`,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'referral.handover',
        ...onReferral(row, { handedOverOn: input.handedOverOn }),
      }),
  });
}

/**
 * Closes a referral once the receiving body has answered (after a filing, once the exhibits went
 * over; an open window to contest a refusal is given up), or one the head refused and that will not
 * be submitted again.
 */
export async function closeReferral(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  input: z.output<typeof ReferralCloseSchema>,
): Promise<void> {
  assertStep(actor, row, 'referral.manage', ['answered', 'refused'], '办结');
  if (row.stage === 'handover')
    throw new AppError('CONFLICT', '公安机关已立案, 请先登记向其移交涉案物品与材料 (规定第十二条)');
  await applyStep(db, ports, actor, row, {
    expected: row.status,
    set: {
      status: 'closed',
      closed_on: ports.clock.today(),
      conclusion: input.conclusion,
      stage: null,
      due_at: null,
      overdue_stage: null,
    },
    event: 'closed',
    note: input.conclusion,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'referral.close',
        ...onReferral(row, { conclusion: input.conclusion }),
      }),
  });
}
