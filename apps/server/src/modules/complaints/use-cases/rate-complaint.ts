import type { ComplaintRating } from '@jiandu/contracts/complaint-labels';
import type { Updateable } from 'kysely';
import { type Actor, recordAudit } from '../../../platform/audit/audit.ts';
import type { UserActor } from '../../../platform/authz/actor.ts';
import { addDays } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { complaintEvent } from '../complaint-events.ts';
import { answerPeriod, dueDate } from '../complaint-periods.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import * as repo from '../complaints.repository.ts';
import type { ComplaintTable } from '../complaints.table.ts';

/**
 * Who rates or asks to reopen: the complainant on the portal, or a handler recording what the
 * complainant said at the 回访 — the audit actor, the name on the history line, and the audit code
 * with its detail.
 */
export interface Voice {
  audit: Actor;
  author: UserActor | string;
  action: 'complaint.rate' | 'complaint.callback' | 'complaint.reopen';
  detail?: Record<string, unknown>;
  /** The history line's note (the portal: the complainant's comment). */
  note: string | null;
  /** What else changes with the rating (the 回访's own columns). */
  set?: Updateable<ComplaintTable>;
  /** The history line's kind: rated on the portal, called back for a 回访. */
  kind?: 'rated' | 'called_back';
}

/** The complainant as the portal records them. */
export const COMPLAINANT: Actor = { id: null, name: 'complainant' };

/**
 * Records the complainant's rating of the answer (answered → rated) with their words, its history
 * line and audit entry in one transaction; the same core for the portal and the 回访.
 */
export async function rateAnswer(
  db: Db,
  ports: ComplaintPorts,
  row: repo.ComplaintRow,
  rating: { rating: ComplaintRating; comment?: string | undefined },
  voice: Voice,
): Promise<void> {
  if (row.status !== 'answered') throw new AppError('CONFLICT', '只能对已答复的投诉进行评价');
  const now = ports.clock.now();
  await db.transaction().execute(async (trx) => {
    if (
      !(await repo.changeComplaint(trx, row.id, ['answered'], {
        ...voice.set,
        status: 'rated',
        rating: rating.rating,
        rating_comment: rating.comment ?? null,
        updated_at: now,
      }))
    )
      throw new AppError('CONFLICT', '只能对已答复的投诉进行评价');
    await repo.insertEvent(trx, complaintEvent(now, row.id, voice.kind ?? 'rated', voice.author, voice.note));
    await recordAudit(trx, voice.audit, {
      action: voice.action,
      targetType: 'complaint',
      targetId: row.id,
      detail: { rating: rating.rating, ...voice.detail },
    });
  });
}

/** The last day the complainant may ask to reopen an answered (or rated) complaint; null when not open to it. */
export function reopenUntil(ports: ComplaintPorts, row: repo.ComplaintRow): string | null {
  if ((row.status !== 'answered' && row.status !== 'rated') || !row.answered_on) return null;
  return addDays(row.answered_on, ports.periods.reopenDays);
}

/**
 * Handles the complaint again at the complainant's request, within the window after the answer: the
 * answer period (the complaint's own, a 12345 order's by its type) restarts today, the answer,
 * rating and extension are cleared, the handling org is told, and the result counts as news for
 * the 12345 platform again.
 */
export async function reopenAnswered(
  db: Db,
  ports: ComplaintPorts,
  row: repo.ComplaintRow,
  reason: string,
  voice: Omit<Voice, 'note' | 'set'>,
): Promise<void> {
  const until = reopenUntil(ports, row);
  if (!until) throw new AppError('CONFLICT', '只有已答复的投诉可以申请重新办理');
  const today = ports.clock.today();
  if (today > until)
    throw new AppError(
      'CONFLICT',
      `已超过申请重新办理的期限 (答复后${ports.periods.reopenDays}日内, 至${until})`,
    );
  const period = answerPeriod(ports.periods, row);
  const answer = dueDate(
    await ports.calendar.calendar(),
    today,
    period.amount,
    period.unit,
    `${period.basis} (重新办理)`,
  );
  const now = ports.clock.now();
  await db.transaction().execute(async (trx) => {
    const changed = await repo.changeComplaint(trx, row.id, ['answered', 'rated'], {
      status: 'handling',
      stage: 'answer',
      due_on: answer.due,
      overdue_stage: null,
      answer_due_on: answer.due,
      answer_due_rule: answer.rule,
      answer: null,
      answered_on: null,
      rating: null,
      rating_comment: null,
      extension_days: null,
      extension_reason: null,
      extension_status: null,
      extension_requested_by: null,
      extension_requested_by_id: null,
      extension_decided_by: null,
      hotline_reported_status: null,
      callback_at: null,
      callback_method: null,
      callback_result: null,
      callback_attempts: null,
      callback_by: null,
      reopen_count: row.reopen_count + 1,
      updated_at: now,
    });
    if (!changed) throw new AppError('CONFLICT', '只有已答复的投诉可以申请重新办理');
    await repo.insertEvent(trx, complaintEvent(now, row.id, 'reopened', voice.author, reason));
    await notify(trx, {
      orgId: row.org_id,
      kind: 'complaint.reopened',
      title: `投诉「${row.title}」申请重新办理`,
      body: `投诉人对答复提出异议, 请于${answer.due}前重新答复。`,
      link: `/complaints/${row.id}`,
      dedupeKey: `complaint:${row.id}:reopen:${row.reopen_count + 1}`,
    });
    await recordAudit(trx, voice.audit, {
      action: voice.action,
      targetType: 'complaint',
      targetId: row.id,
      detail: { answerDueOn: answer.due, previousAnswerOn: row.answered_on, ...voice.detail },
    });
  });
}
