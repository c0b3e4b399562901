import type {
  ComplaintExtensionDecisionSchema,
  ComplaintExtensionRequestSchema,
} from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { actorLabel } from '../complaint-events.ts';
import { dueDate } from '../complaint-periods.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { assertStep } from '../complaints.policy.ts';
import type { ComplaintRow } from '../complaints.repository.ts';
import { changeComplaint, invalid } from './change-complaint.ts';

/** Asks for more time to answer (once, up to the profile's longest extension), with the reason. */
export async function requestExtension(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  input: z.output<typeof ComplaintExtensionRequestSchema>,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', ['handling'], '申请延期');
  if (row.extension_status === 'requested') throw new AppError('CONFLICT', '已有待审批的延期申请');
  if (row.extension_status === 'approved') throw new AppError('CONFLICT', '该投诉已延期一次, 不能再次延期');
  const max = ports.periods.profiles[row.profile].maxExtensionDays;
  if (input.days > max) throw invalid('days', `延长期限不得超过${max}日`);
  await changeComplaint(db, ports, actor, row, {
    expected: ['handling'],
    kind: 'extension_requested',
    notes: [`延长${input.days}日`, input.reason],
    set: {
      extension_days: input.days,
      extension_reason: input.reason,
      extension_status: 'requested',
      extension_requested_by: actorLabel(actor),
      extension_requested_by_id: actor.userId,
      extension_decided_by: null,
    },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.extension.request',
        targetType: 'complaint',
        targetId: row.id,
        detail: { days: input.days, reason: input.reason },
      }),
  });
}

/**
 * A supervisor approves the extension (the answer is then due that many calendar days after the
 * old due date, with both derivations kept) or refuses it; nobody decides their own request.
 */
export async function decideExtension(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  input: z.output<typeof ComplaintExtensionDecisionSchema>,
): Promise<void> {
  assertStep(actor, row, 'complaint.approve', ['handling'], '审批延期');
  if (row.extension_status !== 'requested' || !row.extension_days || !row.answer_due_on)
    throw new AppError('CONFLICT', '没有待审批的延期申请');
  if (row.extension_requested_by_id === actor.userId)
    throw new AppError('FORBIDDEN', '申请人不能审批自己的延期申请');
  if (input.decision === 'refused') {
    await changeComplaint(db, ports, actor, row, {
      expected: ['handling'],
      kind: 'extension_refused',
      notes: [input.note ?? null],
      set: { extension_status: 'refused', extension_decided_by: actorLabel(actor) },
      record: (trx) =>
        recordAudit(trx, auditActor(actor), {
          action: 'complaint.extension.refuse',
          targetType: 'complaint',
          targetId: row.id,
          detail: { note: input.note ?? null },
        }),
    });
    return;
  }
  const due = dueDate(
    await ports.calendar.calendar(),
    row.answer_due_on,
    row.extension_days,
    'calendar',
    `经${actorLabel(actor)}批准延期${row.extension_days}日 (原期限 ${row.answer_due_on}, 理由: ${row.extension_reason})`,
  );
  await changeComplaint(db, ports, actor, row, {
    expected: ['handling'],
    kind: 'extension_approved',
    notes: [`新的答复期限 ${due.due}`, input.note ?? null],
    set: {
      extension_status: 'approved',
      extension_decided_by: actorLabel(actor),
      answer_due_on: due.due,
      answer_due_rule: `${row.answer_due_rule}; ${due.rule}`,
      due_on: due.due,
      overdue_stage: null,
    },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.extension.approve',
        targetType: 'complaint',
        targetId: row.id,
        detail: { days: row.extension_days, from: row.answer_due_on, to: due.due },
      }),
  });
}
