import { COMPLAINT_ROUTE_LABELS } from '@jiandu/contracts/complaint-labels';
import type {
  ComplaintDeclineSchema,
  ComplaintTarget,
  ComplaintTransferSchema,
} from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { answerPeriod, dueDate } from '../complaint-periods.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { concludedLinks } from '../complaint-reviews.repository.ts';
import { routeOutNote } from '../complaint-route-out.ts';
import { assertStep } from '../complaints.policy.ts';
import type { ComplaintRow } from '../complaints.repository.ts';
import { changeComplaint, invalid } from './change-complaint.ts';

const DECIDABLE = ['registered', 'transferred'] as const;

/**
 * Accepts the complaint: the answer period (a 12345 work order's by its type) starts today,
 * capped by the work order's own deadline (承办时限) when that comes first. A late acceptance is
 * recorded as late.
 */
export async function acceptComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  note?: string,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', DECIDABLE, '受理');
  const repeat = row.profile === 'petition' ? (await concludedLinks(db, row.id))[0] : undefined;
  if (repeat && (note?.trim().length ?? 0) < 5)
    throw new AppError(
      'CONFLICT',
      `本件与已经复核的信访事项 ${repeat.tracking_code} (复核意见 ${repeat.answered_on}) 相关联: 信访人对复核意见不服, 仍以同一事实和理由提出的, 不再受理 (信访工作条例第三十六条)。请作出不予受理决定; 确有新的事实和理由的, 请在受理说明中写明后受理`,
    );
  const { amount, unit, basis } = answerPeriod(ports.periods, row);
  const today = ports.clock.today();
  const period = dueDate(await ports.calendar.calendar(), today, amount, unit, basis);
  const hotline = row.external_due_on;
  const answer =
    hotline && hotline < period.due
      ? {
          due: hotline,
          rule: `12345热线工单承办时限 ${hotline}, 早于按${basis}计算的 ${period.due}, 按承办时限答复`,
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

/** The decision date of the case the complaint names, when it names one that is decided. */
async function linkedCaseDecision(ports: ComplaintPorts, row: ComplaintRow) {
  const target = JSON.parse(row.target) as ComplaintTarget;
  return ports.caseDecision({ ...target, agencyId: row.agency_org_id });
}

/**
 * Declines the complaint with written reasons. A matter for 行政复议 or 行政诉讼 (信访工作条例
 * Art. 31) names the route, and the complainant is told the application period — with its last
 * day when the complaint names a case whose decision date is known. A petition repeating one whose
 * 复核 is concluded names it (`repeatOf`, which must be such a linked petition).
 */
export async function declineComplaint(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  input: z.output<typeof ComplaintDeclineSchema>,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', DECIDABLE, '作出不予受理决定');
  const repeat = input.repeatOf
    ? (await concludedLinks(db, row.id)).find((l) => l.id === input.repeatOf)
    : undefined;
  if (input.repeatOf && !repeat) throw invalid('repeatOf', '所选事项不是与本件关联、已经复核的信访事项');
  const route = input.routeTo
    ? routeOutNote(
        await ports.calendar.calendar(),
        ports.periods.routeOut,
        input.routeTo,
        await linkedCaseDecision(ports, row),
        ports.clock.today(),
      )
    : null;
  await changeComplaint(db, ports, actor, row, {
    expected: DECIDABLE,
    kind: 'declined',
    notes: [
      input.routeTo ? `告知通过${COMPLAINT_ROUTE_LABELS[input.routeTo]}途径解决` : null,
      repeat ? `同一事实和理由已经复核 (${repeat.tracking_code}, 复核意见 ${repeat.answered_on})` : null,
      input.reason,
    ],
    set: {
      status: 'declined',
      decline_reason: input.reason,
      stage: null,
      due_on: null,
      route_to: input.routeTo ?? null,
      route_note: route?.note ?? null,
      route_deadline_on: route?.deadlineOn ?? null,
    },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.decline',
        targetType: 'complaint',
        targetId: row.id,
        detail: {
          reason: input.reason,
          ...(input.routeTo ? { routeTo: input.routeTo, routeDeadlineOn: route?.deadlineOn ?? null } : {}),
          ...(repeat ? { repeatOf: repeat.id } : {}),
        },
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
