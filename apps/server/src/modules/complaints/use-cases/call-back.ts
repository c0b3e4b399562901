import { CALLBACK_METHOD_LABELS, COMPLAINT_RATING_LABELS } from '@jiandu/contracts/complaint-labels';
import type { ComplaintCallbackSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { actorLabel } from '../complaint-events.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { assertStep } from '../complaints.policy.ts';
import type { ComplaintRow } from '../complaints.repository.ts';
import { changeComplaint, invalid } from './change-complaint.ts';
import { rateAnswer, reopenAnswered } from './rate-complaint.ts';

/** Whether the complainant rates on the portal (web) rather than at a handler's 回访. */
export const ratesOnPortal = (row: Pick<ComplaintRow, 'channel'>) => row.channel === 'web';

/** "2026-11-20 10:05" in Asia/Shanghai, as the history line says when the 回访 was. */
function shanghaiMinute(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/**
 * Records the 回访 of a complainant without portal access (12345, phone, letter, visit, 信访) after
 * the answer. Reached: their rating and words move the complaint to rated exactly as a portal
 * rating does (the same core), counted in the satisfaction figures. Unreachable: only after the
 * configured number of tries; the complaint stays answered and may then be closed with that note
 * (or called back again).
 */
export async function recordCallback(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  input: z.output<typeof ComplaintCallbackSchema>,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', ['answered'], '回访');
  if (ratesOnPortal(row)) throw new AppError('CONFLICT', '网上投诉由投诉人凭查询码在门户评价, 无需回访');
  const now = ports.clock.now();
  if (Date.parse(input.calledAt) > Date.parse(now)) throw invalid('calledAt', '回访时间不能晚于现在');
  if (row.answered_on && todayInShanghai(new Date(input.calledAt)) < row.answered_on)
    throw invalid('calledAt', `回访时间不能早于答复日期 ${row.answered_on}`);
  const how = `${CALLBACK_METHOD_LABELS[input.method]} ${shanghaiMinute(input.calledAt)}`;
  const columns = {
    callback_at: new Date(input.calledAt).toISOString(),
    callback_method: input.method,
    callback_result: input.result,
    callback_by: actorLabel(actor),
  };
  const detail = { method: input.method, calledAt: columns.callback_at, result: input.result };
  if (input.result === 'reached') {
    const rating = input.rating!;
    await rateAnswer(
      db,
      ports,
      row,
      { rating, comment: input.comment },
      {
        audit: auditActor(actor),
        author: actor,
        action: 'complaint.callback',
        detail,
        kind: 'called_back',
        note: [
          `${how}, 投诉人评价: ${COMPLAINT_RATING_LABELS[rating]}`,
          input.comment && `投诉人意见: ${input.comment}`,
        ]
          .filter(Boolean)
          .join('; '),
        set: { ...columns, callback_attempts: null },
      },
    );
    return;
  }
  const needed = ports.periods.hotline.callbackAttempts;
  const attempts = input.attempts!;
  if (attempts < needed)
    throw invalid('attempts', `联系${needed}次以上仍无法联系的, 方可记为无法联系 (已联系${attempts}次)`);
  await changeComplaint(db, ports, actor, row, {
    expected: ['answered'],
    kind: 'called_back',
    notes: [`${how}, 联系${attempts}次无法联系`, input.comment ?? null],
    set: { ...columns, callback_attempts: attempts },
    record: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'complaint.callback',
        targetType: 'complaint',
        targetId: row.id,
        detail: { ...detail, attempts },
      }),
  });
}

/**
 * The complainant, unsatisfied at the 回访, asks for the complaint to be handled again: the handler
 * records it under the portal's rules and window (`reopenAnswered`).
 */
export async function reopenAtCallback(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  reason: string,
): Promise<void> {
  assertStep(actor, row, 'complaint.handle', ['rated'], '代投诉人申请重新办理');
  if (ratesOnPortal(row) || row.callback_result !== 'reached' || row.rating !== 'unsatisfied')
    throw new AppError('CONFLICT', '只有回访中对答复表示不满意的投诉, 可以代投诉人申请重新办理');
  await reopenAnswered(db, ports, row, reason, {
    audit: auditActor(actor),
    author: actor,
    action: 'complaint.reopen',
    detail: { via: 'callback' },
  });
}
