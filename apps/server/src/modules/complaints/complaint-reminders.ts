import { COMPLAINT_STAGE_LABELS } from '@jiandu/contracts/complaint-labels';
import type { Db } from '../../platform/db/tables.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import { complaintEvent } from './complaint-events.ts';
import { dueDate } from './complaint-periods.ts';
import type { ComplaintPorts } from './complaint-ports.ts';
import { reviewOf } from './complaint-reviews.repository.ts';
import * as repo from './complaints.repository.ts';

/** What one reminder pass did. */
export interface ComplaintReminderPass {
  dueSoon: number;
  overdue: number;
}

/**
 * The daily pass over complaints waiting on a deadline (acceptance, answer, or a petition's 复查
 * answer or 复核 opinion): a reminder to the handling org (the reviewing organ for a review) once the due date is within `reminderWorkingDays` working days, and once the due
 * date has passed, the complaint marked overdue for that stage and the org told. Dedupe keys name
 * the complaint, stage and due date, so reruns and several nodes never send one twice, and an
 * extended deadline reminds again.
 */
export async function runComplaintReminders(db: Db, ports: ComplaintPorts): Promise<ComplaintReminderPass> {
  const today = ports.clock.today();
  const now = ports.clock.now();
  const soon = dueDate(
    await ports.calendar.calendar(),
    today,
    ports.periods.reminderWorkingDays,
    'working',
    '',
  ).due;
  const pass: ComplaintReminderPass = { dueSoon: 0, overdue: 0 };
  for (const c of await repo.awaitingDeadlines(db)) {
    if (!c.stage || !c.due_on || c.due_on > soon) continue;
    const overdue = c.due_on < today;
    if (overdue && c.overdue_stage === c.stage) continue;
    const label = COMPLAINT_STAGE_LABELS[c.stage];
    // A 复查 answer or 复核 opinion is the reviewing organ's to give, so that organ is the one told.
    const review =
      c.stage === 'review' || c.stage === 'recheck' ? await reviewOf(db, c.id, c.stage) : undefined;
    const orgId = review?.org_id ?? c.org_id;
    await db.transaction().execute(async (trx) => {
      if (overdue) {
        if (!(await repo.markOverdue(trx, c.id, c.stage))) return;
        pass.overdue += 1;
        await notify(trx, {
          orgId,
          kind: 'complaint.overdue',
          title: `投诉「${c.title}」${label}已逾期`,
          body: `${label}期限 ${c.due_on} 已届满, 请尽快办理。`,
          link: `/complaints/${c.id}`,
          dedupeKey: `complaint:${c.id}:${c.stage}:${c.due_on}:overdue`,
        });
        await repo.insertEvent(
          trx,
          complaintEvent(now, c.id, 'overdue', null, `${label}期限 ${c.due_on} 已届满`),
        );
        return;
      }
      const sent = await notify(trx, {
        orgId,
        kind: 'complaint.due-soon',
        title: `投诉「${c.title}」${label}将于${c.due_on}到期`,
        body: `请在 ${c.due_on} 前完成${label}。`,
        link: `/complaints/${c.id}`,
        dedupeKey: `complaint:${c.id}:${c.stage}:${c.due_on}:soon`,
      });
      if (!sent) return;
      pass.dueSoon += 1;
      await repo.insertEvent(trx, complaintEvent(now, c.id, 'due_soon', null, `${label}期限 ${c.due_on}`));
    });
  }
  return pass;
}
