import { NOTICE_KIND_LABELS } from '@jiandu/contracts/matter-labels';
import type { WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import type { Db } from '../../platform/db/tables.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import { matterEvent } from './matter-events.ts';
import type { MatterClock } from './matter-ports.ts';
import * as repo from './matters.repository.ts';
import * as notices from './notices.repository.ts';
import { overdueDays, reminderStep, type SupervisionPeriods } from './supervision-periods.ts';

/** What one reminder pass did. */
export interface ReminderPass {
  dueSoon: number;
  overdue: number;
  escalationDue: number;
}

/**
 * The daily pass over notices awaiting the agency's report: a reminder shortly before the due date,
 * a reminder to the agency and its supervisor the day it is missed, and, once it has been overdue
 * for the configured days, a flag to the supervisor that 约谈 or 通报 is due. Each step is taken once
 * per notice (a due date moved by a returned report starts again), each in the matter's history.
 */
export async function runNoticeReminders(
  db: Db,
  calendar: WorkingCalendar,
  periods: SupervisionPeriods,
  clock: MatterClock,
): Promise<ReminderPass> {
  const today = clock.today();
  const pass: ReminderPass = { dueSoon: 0, overdue: 0, escalationDue: 0 };
  for (const n of await notices.awaitingReports(db)) {
    const step = reminderStep(calendar, periods, n.due_on, today);
    if (step <= n.reminded_step) continue;
    const label = `${NOTICE_KIND_LABELS[n.kind]}${n.number}`;
    const late = overdueDays(n.due_on, today);
    await db.transaction().execute(async (trx) => {
      if (!(await notices.setReminded(trx, n.id, step))) return;
      const link = `/matters/${n.matter_id}`;
      if (step === 1) {
        pass.dueSoon += 1;
        await notify(trx, {
          orgId: n.agency_org_id,
          kind: 'matter.due-soon',
          title: `${label}将于${n.due_on}到期`,
          body: `请于${n.due_on}前报送整改情况 (监督事项 ${n.matter_number})。`,
          link: `/notices/${n.id}`,
        });
        await repo.insertEvents(trx, [
          matterEvent(clock.now(), n.matter_id, 'due_soon', null, `期限 ${n.due_on}`, n.id),
        ]);
        return;
      }
      if (step === 2) {
        pass.overdue += 1;
        for (const orgId of [n.agency_org_id, n.org_id])
          await notify(trx, {
            orgId,
            kind: 'matter.overdue',
            title: `${label}已逾期未报送整改情况`,
            body: `期限 ${n.due_on}, 已逾期${late}日 (${n.agency_name})。`,
            link: orgId === n.org_id ? link : `/notices/${n.id}`,
          });
        await repo.insertEvents(trx, [
          matterEvent(
            clock.now(),
            n.matter_id,
            'overdue',
            null,
            `期限 ${n.due_on}, 逾期${late}日, 已催办`,
            n.id,
          ),
        ]);
        return;
      }
      pass.escalationDue += 1;
      await notify(trx, {
        orgId: n.org_id,
        kind: 'matter.escalation-due',
        title: `${n.agency_name}逾期${late}日未整改, 应约谈或通报`,
        body: `${label} 期限 ${n.due_on}; 逾期超过${periods.escalateAfterDays}日, 请依规约谈或通报并记录。`,
        link,
      });
      await repo.insertEvents(trx, [
        matterEvent(
          clock.now(),
          n.matter_id,
          'escalation_due',
          null,
          `逾期${late}日 (超过${periods.escalateAfterDays}日), 应约谈或通报`,
          n.id,
        ),
      ]);
    });
  }
  return pass;
}
