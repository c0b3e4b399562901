import type { ComplaintTransferSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { dueDate } from '../complaint-periods.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { assertStep } from '../complaints.policy.ts';
import type { ComplaintRow } from '../complaints.repository.ts';
import { changeComplaint, invalid } from './change-complaint.ts';

const DECIDABLE = ['registered', 'transferred'] as const;

/**
 * Accepts the complaint: the answer period starts today, capped by a 12345 work order's own
 * deadline (承办时限) when that comes first. A late acceptance is recorded as late.
 */
export async function acceptComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  note?: string,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', DECIDABLE, '受理');
  const profile = ports.periods.profiles[row.profile];
  const today = ports.clock.today();
  const period = dueDate(
    await ports.calendar.calendar(),
    today,
    profile.answerAmount,
    profile.answerUnit,
    profile.answerBasis,
  );
  const hotline = row.external_due_on;
  const answer =
    hotline && hotline < period.due
      ? {
          due: hotline,
          rule: `12345热线工单承办时限 ${hotline}, 早于按${profile.answerBasis}计算的 ${period.due}, 按承办时限答复`,
        }
      : period;
  const late = today > row.accept_due_on ? `超过受理期限 ${row.accept_due_on}` : null;
  await changeComplaint(db, ports, actor, row, {
    expected: DECIDABLE,
    kind: 'accepted',
    notes: [late, note ?? null, `答复期限 ${answer.due}`],
    set: {
      status: 'handling',
      accepted_on: today,
      stage: 'answer',
      due_on: answer.due,
      overdue_stage: null,
      answer_due_on: answer.due,
      answer_due_rule: answer.rule,
    },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.accept',
        targetType: 'complaint',
        targetId: row.id,
        detail: { answerDueOn: answer.due, late: !!late },
      }),
  });
}

/** Declines the complaint with written reasons. */
export async function declineComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  reason: string,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', DECIDABLE, '作出不予受理决定');
  await changeComplaint(db, ports, actor, row, {
    expected: DECIDABLE,
    kind: 'declined',
    notes: [reason],
    set: { status: 'declined', decline_reason: reason, stage: null, due_on: null },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.decline',
        targetType: 'complaint',
        targetId: row.id,
        detail: { reason },
      }),
  });
}

/**
 * Transfers the complaint to the competent org, which then decides on acceptance within its own
 * acceptance period counted from the day of transfer (信访工作条例 Art. 23 for transferred items;
 * the same rule for complaints), not what was left of the transferring org's.
 */
export async function transferComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  input: z.output<typeof ComplaintTransferSchema>,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', DECIDABLE, '转办');
  const to = await ports.orgs.findById(input.orgId);
  if (to?.status !== 'active') throw invalid('orgId', '转办单位不存在或已停用');
  if (to.id === row.org_id) throw invalid('orgId', '不能转办给本单位');
  const profile = ports.periods.profiles[row.profile];
  const accept = dueDate(
    await ports.calendar.calendar(),
    ports.clock.today(),
    profile.acceptAmount,
    profile.acceptUnit,
    `${profile.acceptBasis}, 转办后由${to.name}自转办之日起重新计算`,
  );
  await changeComplaint(db, ports, actor, row, {
    expected: DECIDABLE,
    kind: 'transferred',
    notes: [`转${to.name}`, input.reason, `受理期限 ${accept.due}`],
    set: {
      status: 'transferred',
      org_id: to.id,
      transferred_to: to.name,
      stage: 'accept',
      due_on: accept.due,
      overdue_stage: null,
      accept_due_on: accept.due,
      accept_due_rule: accept.rule,
    },
    record: async (trx) => {
      await recordAudit(trx, auditActor(actor), {
        action: 'complaint.transfer',
        targetType: 'complaint',
        targetId: row.id,
        detail: { from: row.org_id, to: to.id, reason: input.reason, acceptDueOn: accept.due },
      });
      await notify(trx, {
        orgId: to.id,
        kind: 'complaint.transferred',
        title: `${row.org_name}转来投诉举报「${row.title}」`,
        body: `请于${accept.due}前作出是否受理的决定。转办理由: ${input.reason}`,
        link: `/complaints/${row.id}`,
        dedupeKey: `complaint:${row.id}:transfer:${to.id}`,
      });
    },
  });
}
