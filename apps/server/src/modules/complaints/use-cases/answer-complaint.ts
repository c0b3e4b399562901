import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { assertStep } from '../complaints.policy.ts';
import type { ComplaintRow } from '../complaints.repository.ts';
import { changeComplaint } from './change-complaint.ts';

/** Records the answer given to the complainant (a late one says so); a pending extension lapses. */
export async function answerComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  answer: string,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', ['handling'], '答复');
  const today = ports.clock.today();
  const late = row.answer_due_on && today > row.answer_due_on ? `超过答复期限 ${row.answer_due_on}` : null;
  await changeComplaint(db, ports, actor, row, {
    expected: ['handling'],
    kind: 'answered',
    notes: [late],
    set: {
      status: 'answered',
      answer,
      answered_on: today,
      stage: null,
      due_on: null,
      extension_status: row.extension_status === 'requested' ? null : row.extension_status,
    },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.answer',
        targetType: 'complaint',
        targetId: row.id,
        detail: { late: !!late },
      }),
  });
}

/** Closes an answered (or rated) complaint; one whose 回访 found nobody says so. */
export async function closeComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  note?: string,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', ['answered', 'rated'], '办结');
  await changeComplaint(db, ports, actor, row, {
    expected: ['answered', 'rated'],
    kind: 'closed',
    notes: [
      row.callback_result === 'unreachable' ? `回访联系${row.callback_attempts}次无法联系` : null,
      note ?? null,
    ],
    set: { status: 'closed', closed_on: ports.clock.today() },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.close',
        targetType: 'complaint',
        targetId: row.id,
        detail: { rating: row.rating },
      }),
  });
}
