import { REFERRAL_TARGET_LABELS } from '@jiandu/contracts/referral-labels';
import type { ReferralApprovalSchema } from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { approvalDue, endOfDay, shanghai, transferDue } from '../referral-periods.ts';
import type { ReferralPorts } from '../referral-ports.ts';
import * as rounds from '../referral-rounds.repository.ts';
import { applyStep, clause, invalid, onReferral } from '../referral-step.ts';
import { actorLabel, assertStep } from '../referrals.policy.ts';
import { materialsOf } from '../referrals.presenter.ts';
import type * as repo from '../referrals.repository.ts';

/**
 * Submits a draft to the head, or a refused referral again after revising it: each submission is a
 * new approval round whose period starts the day of submission; earlier rounds are kept.
 */
export async function submitReferral(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
): Promise<void> {
  assertStep(actor, row, 'referral.manage', ['draft', 'refused'], '提交审批');
  const materials = materialsOf(row);
  if (!materials.length) throw invalid('materials', '请列明随案移送的材料');
  if (row.target_kind === 'police' && !materials.some((m) => m.kind === 'investigation_report'))
    throw invalid('materials', '移送涉嫌犯罪案件应附涉嫌犯罪案件情况的调查报告 (规定第六条)');
  const due = approvalDue(
    await ports.calendar.calendar(),
    ports.periods,
    row.target_kind,
    ports.clock.today(),
  );
  const round = (await rounds.approvalRounds(db, row.id)) + 1;
  const again = round > 1;
  const submittedAt = ports.clock.now();
  await applyStep(db, ports, actor, row, {
    expected: row.status,
    set: {
      status: 'submitted',
      submitted_at: submittedAt,
      submitted_by: actorLabel(actor),
      submitted_by_id: actor.userId,
      approval_due_on: due.due,
      approval_due_rule: due.rule,
      decided_at: null,
      decided_by: null,
      refusal_reason: null,
      stage: 'approval',
      due_at: endOfDay(due.due),
      overdue_stage: null,
    },
    event: again ? 'resubmitted' : 'submitted',
    note: again ? `第${round}次提交审批, 审批期限 ${due.due}` : `审批期限 ${due.due}`,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: again ? 'referral.resubmit' : 'referral.submit',
        ...onReferral(row, { approvalDueOn: due.due, round }),
      }),
    tell: {
      kind: 'referral.submitted',
      title: `线索移送「${row.title}」待负责人审批`,
      body: `${actorLabel(actor)}${again ? '修改后重新' : ''}提交了移送${REFERRAL_TARGET_LABELS[row.target_kind]}的申请, 请于${due.due}前作出是否批准的决定。`,
    },
    also: (trx) =>
      rounds.insertApproval(trx, {
        id: newId(),
        referral_id: row.id,
        round,
        submitted_at: submittedAt,
        submitted_by: actorLabel(actor),
        submitted_by_id: actor.userId,
        due_on: due.due,
        due_rule: due.rule,
        decision: null,
        decided_at: null,
        decided_by: null,
        reason: null,
      }),
  });
}

/**
 * The head approves (a criminal case must then reach the police within 24 hours) or refuses with
 * reasons; never the person who submitted this round.
 */
export async function decideReferral(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  input: z.output<typeof ReferralApprovalSchema>,
): Promise<void> {
  assertStep(actor, row, 'referral.approve', ['submitted'], '审批');
  if (row.submitted_by_id === actor.userId) throw new AppError('FORBIDDEN', '提交人不能审批自己提交的移送');
  const now = ports.clock.now();
  const late = row.due_at !== null && now > row.due_at ? `, 超过审批期限 ${row.approval_due_on}` : '';
  const decided = { decided_at: now, decided_by: actorLabel(actor) };
  if (input.decision === 'refused') {
    await applyStep(db, ports, actor, row, {
      expected: 'submitted',
      set: {
        status: 'refused',
        ...decided,
        refusal_reason: input.reason,
        stage: null,
        due_at: null,
        overdue_stage: null,
      },
      event: 'refused',
      note: `${late ? clause(input.reason) : input.reason}${late}`,
      audit: (trx) =>
        recordAudit(trx, auditActor(actor), {
          action: 'referral.refuse',
          ...onReferral(row, { reason: input.reason }),
        }),
      tell: {
        kind: 'referral.refused',
        title: `线索移送「${row.title}」不予批准`,
        body: `${input.reason} (可修改后重新提交审批)`,
      },
      also: (trx) =>
        rounds.decideApproval(trx, row.id, { decision: 'refused', ...decided, reason: input.reason }),
    });
    return;
  }
  const transfer = row.target_kind === 'police' ? transferDue(ports.periods, now) : null;
  await applyStep(db, ports, actor, row, {
    expected: 'submitted',
    set: {
      status: 'approved',
      ...decided,
      transfer_due_at: transfer?.due ?? null,
      transfer_due_rule: transfer?.rule ?? null,
      stage: transfer ? 'transfer' : null,
      due_at: transfer?.due ?? null,
      overdue_stage: null,
    },
    event: 'approved',
    note: `${transfer ? `应于${shanghai(transfer.due)}前移送公安机关` : '批准移送'}${late}`,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'referral.approve',
        ...onReferral(row, { transferDueAt: transfer?.due ?? null }),
      }),
    tell: {
      kind: 'referral.approved',
      title: `线索移送「${row.title}」已批准移送`,
      body: transfer
        ? `请于${shanghai(transfer.due)}前将案件移送${row.target_name} (规定第五条: 批准后24小时内移送)。`
        : `请制作移送书并移送${row.target_name}。`,
    },
    also: (trx) => rounds.decideApproval(trx, row.id, { decision: 'approved', ...decided, reason: null }),
  });
}
