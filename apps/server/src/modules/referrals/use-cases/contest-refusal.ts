import {
  REFERRAL_REVIEW_KIND_LABELS,
  REFERRAL_REVIEW_RESULT_LABELS,
  type ReferralReviewKind,
} from '@jiandu/contracts/referral-labels';
import type { ReferralReviewDecisionSchema, ReferralReviewRequestSchema } from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { endOfDay, handoverDue, reviewDue } from '../referral-periods.ts';
import type { ReferralPorts } from '../referral-ports.ts';
import * as rounds from '../referral-rounds.repository.ts';
import { applyStep, assertDay, assertUploaded, clause, lateNote, onReferral } from '../referral-step.ts';
import { actorLabel, assertStep } from '../referrals.policy.ts';
import type * as repo from '../referrals.repository.ts';

const ART9 = '行政执法机关移送涉嫌犯罪案件的规定第九条';

/**
 * Contests a police refusal to file (第九条): asks the police to reconsider, or suggests filing
 * supervision to the procuratorate, within the org's 3-day window. After the refusal itself both are
 * open; after a reconsideration that upheld it, only supervision. A request after the window is
 * refused and says when the window ended.
 */
export async function requestReview(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  kind: ReferralReviewKind,
  input: z.output<typeof ReferralReviewRequestSchema>,
): Promise<void> {
  const what = REFERRAL_REVIEW_KIND_LABELS[kind];
  assertStep(actor, row, 'referral.manage', ['answered'], what);
  if (row.target_kind !== 'police' || !row.review_window_on || row.stage === 'handover')
    throw new AppError('CONFLICT', `只有公安机关不予立案后, 才能${what} (${ART9})`);
  const made = await rounds.reviewsOf(db, row.id);
  const reconsideration = made.find((r) => r.kind === 'reconsideration');
  if (made.some((r) => r.kind === kind)) throw new AppError('CONFLICT', `已经${what}过, 不能重复提出`);
  if (made.some((r) => r.kind === 'supervision'))
    throw new AppError('CONFLICT', '已建议人民检察院立案监督, 不能再提请公安机关复议');
  const start = reconsideration?.notified_on ?? row.notified_on!;
  const notice = reconsideration ? '复议决定通知书' : '不予立案通知书';
  assertDay(ports, 'requestedOn', input.requestedOn, start, `收到${notice}的日期`);
  if (input.requestedOn > row.review_window_on) {
    const days = reconsideration
      ? ports.periods.supervisionRequestDays
      : ports.periods.reconsiderationRequestDays;
    throw new AppError(
      'CONFLICT',
      `已超过${what}的期限: 应当自收到${notice}之日 (${start}) 起${days}日内提出, 期限已于${row.review_window_on}届满 (${ART9})`,
    );
  }
  await assertUploaded(ports, input.attachments);
  const calendar = await ports.calendar.calendar();
  const due =
    kind === 'reconsideration'
      ? reviewDue(calendar, ports.periods, 'reconsiderationDecision', input.requestedOn)
      : reviewDue(calendar, ports.periods, 'supervisionFeedback', input.requestedOn);
  await applyStep(db, ports, actor, row, {
    expected: 'answered',
    set: {
      status: kind,
      stage: kind === 'reconsideration' ? 'reconsideration_decision' : 'supervision_feedback',
      due_at: endOfDay(due.due),
      overdue_stage: null,
    },
    event: kind === 'reconsideration' ? 'reconsideration_requested' : 'supervision_requested',
    note: `${input.requestedOn}向${input.bodyName}${what}${input.documentNumber ? ` (${input.documentNumber})` : ''}: ${clause(input.reasons)}; ${kind === 'reconsideration' ? '复议决定' : '监督结果'}期限 ${due.due}`,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action:
          kind === 'reconsideration' ? 'referral.reconsideration.request' : 'referral.supervision.request',
        ...onReferral(row, { requestedOn: input.requestedOn, dueOn: due.due }),
      }),
    also: (trx, now) =>
      rounds.insertReview(trx, {
        id: newId(),
        referral_id: row.id,
        kind,
        body_name: input.bodyName,
        requested_on: input.requestedOn,
        requested_by: actorLabel(actor),
        request_number: input.documentNumber,
        request_reasons: input.reasons,
        request_attachments: JSON.stringify(input.attachments),
        window_on: row.review_window_on!,
        window_rule: row.review_window_rule!,
        due_on: due.due,
        due_rule: due.rule,
        result: null,
        decided_on: null,
        notified_on: null,
        result_number: null,
        result_reasons: null,
        result_attachments: '[]',
        recorded_by: null,
        created_at: now,
        updated_at: now,
      }),
  });
}

/**
 * Records the answer: the police filed the case (the exhibits are then due within 3 days, 第十二条),
 * or the refusal stands. A reconsideration that upholds it opens the 3-day window to suggest filing
 * supervision, from the day the org received the decision; a supervision that upholds it ends the loop.
 */
export async function decideReview(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  kind: ReferralReviewKind,
  input: z.output<typeof ReferralReviewDecisionSchema>,
): Promise<void> {
  assertStep(
    actor,
    row,
    'referral.manage',
    [kind],
    kind === 'reconsideration' ? '登记复议决定' : '登记立案监督结果',
  );
  const review = (await rounds.findReview(db, row.id, kind))!;
  assertDay(ports, 'decidedOn', input.decidedOn, review.requested_on, '提出请求的日期');
  assertDay(ports, 'notifiedOn', input.notifiedOn, input.decidedOn, '决定日期');
  await assertUploaded(ports, input.attachments);
  const calendar = await ports.calendar.calendar();
  const filed = input.result === 'filed';
  const handover = filed ? handoverDue(calendar, ports.periods, input.decidedOn) : null;
  const window =
    !filed && kind === 'reconsideration'
      ? reviewDue(calendar, ports.periods, 'supervisionRequest', input.notifiedOn)
      : null;
  const next = handover ?? window;
  const label = REFERRAL_REVIEW_RESULT_LABELS[kind][input.result];
  await applyStep(db, ports, actor, row, {
    expected: kind,
    set: {
      status: 'answered',
      ...(filed ? { outcome: 'filed' as const } : {}),
      ...(handover ? { handover_due_on: handover.due, handover_due_rule: handover.rule } : {}),
      ...(window ? { review_window_on: window.due, review_window_rule: window.rule } : {}),
      stage: handover ? 'handover' : window ? 'supervision_request' : null,
      due_at: next ? endOfDay(next.due) : null,
      overdue_stage: null,
    },
    event: kind === 'reconsideration' ? 'reconsideration_decided' : 'supervision_decided',
    note: `${label} (${input.decidedOn})${input.reasons ? `: ${clause(input.reasons)}` : ''}${lateNote(input.decidedOn, review.due_on, kind === 'reconsideration' ? '复议决定' : '监督结果')}${window ? `; 如仍有异议, 可于${window.due}前建议人民检察院立案监督` : ''}`,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action:
          kind === 'reconsideration' ? 'referral.reconsideration.decide' : 'referral.supervision.decide',
        ...onReferral(row, { result: input.result, decidedOn: input.decidedOn }),
      }),
    also: async (trx, now) => {
      const open = await rounds.answerReview(trx, review.id, {
        result: input.result,
        decided_on: input.decidedOn,
        notified_on: input.notifiedOn,
        result_number: input.documentNumber,
        result_reasons: input.reasons || null,
        result_attachments: JSON.stringify(input.attachments),
        recorded_by: actorLabel(actor),
        updated_at: now,
      });
      if (!open) throw new AppError('CONFLICT', '该请求的结果刚被他人登记, 请刷新后重试');
    },
  });
}
