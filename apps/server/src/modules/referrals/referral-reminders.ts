import {
  REFERRAL_STAGE_LABELS,
  REFERRAL_WINDOW_STAGES,
  type ReferralStage,
} from '@jiandu/contracts/referral-labels';
import type { Db } from '../../platform/db/tables.ts';
import { notify } from '../../platform/notifications/notifications.ts';
import { referralEvent } from './referral-events.ts';
import type { ReferralPeriods } from './referral-periods.ts';
import { shanghai } from './referral-periods.ts';
import type { ReferralClock } from './referral-ports.ts';
import * as repo from './referrals.repository.ts';

/** What one reminder pass did. */
export interface ReferralReminderPass {
  dueSoon: number;
  overdue: number;
  /** Windows of the org's own that ended unused. */
  closed: number;
}

const ASK: Record<ReferralStage, string> = {
  approval: '请机关负责人及时作出是否批准移送的决定',
  transfer: '请及时将案件移送公安机关',
  feedback: '请催告接收机关反馈处理结果',
  handover: '请及时向公安机关移交涉案物品及有关材料',
  reconsideration_request: '如对不予立案决定有异议, 请在期限内提请公安机关复议或建议人民检察院立案监督',
  reconsideration_decision: '请催告公安机关作出复议决定',
  supervision_request: '如对复议决定仍有异议, 请在期限内建议人民检察院立案监督',
  supervision_feedback: '请向人民检察院了解立案监督的结果',
};

/**
 * The hourly pass over referrals waiting on a deadline (approval, the 24-hour transfer, feedback,
 * handover, the police's reconsideration decision, the procuratorate's answer): a reminder to the
 * referring org within `reminderHours` of the deadline, and once it has passed, the referral marked
 * overdue for that stage and the org told. The org's own windows to contest a refusal to file
 * (第九条) are reminded the same way, but when one passes it closes: nothing is overdue, the history
 * says the window ended. Each notice has a dedupe key of referral, stage and the deadline, so reruns
 * and several nodes never send it twice; a new deadline of the same stage reminds again.
 */
export async function runReferralReminders(
  db: Db,
  clock: ReferralClock,
  periods: ReferralPeriods,
): Promise<ReferralReminderPass> {
  const now = clock.now();
  const soon = new Date(new Date(now).getTime() + periods.reminderHours * 3_600_000).toISOString();
  const pass: ReferralReminderPass = { dueSoon: 0, overdue: 0, closed: 0 };
  for (const r of await repo.awaitingDeadlines(db)) {
    const stage = r.stage;
    if (!stage || !r.due_at || r.due_at > soon) continue;
    const overdue = r.due_at < now;
    if (overdue && r.overdue_stage === stage) continue;
    const label = REFERRAL_STAGE_LABELS[stage];
    const when = shanghai(r.due_at);
    await db.transaction().execute(async (trx) => {
      if (overdue && REFERRAL_WINDOW_STAGES.includes(stage)) {
        if (!(await repo.closeWindow(trx, r.id, stage))) return;
        pass.closed += 1;
        await notify(trx, {
          orgId: r.org_id,
          kind: 'referral.window-closed',
          title: `线索移送「${r.title}」${label}期限已届满`,
          body: `${label}期限 ${when} 已届满, 未提出请求; 如无其他事项, 可以办结。`,
          link: `/referrals/${r.id}`,
          dedupeKey: `referral:${r.id}:${stage}:${r.due_at}:closed`,
        });
        await repo.insertEvent(
          trx,
          referralEvent(now, r.id, 'window_closed', null, `${label}期限 ${when} 已届满`),
        );
        return;
      }
      if (overdue) {
        if (!(await repo.markOverdue(trx, r.id, stage))) return;
        pass.overdue += 1;
        await notify(trx, {
          orgId: r.org_id,
          kind: 'referral.overdue',
          title: `线索移送「${r.title}」${label}已逾期`,
          body: `${label}期限 ${when} 已届满。${ASK[stage]}。`,
          link: `/referrals/${r.id}`,
          dedupeKey: `referral:${r.id}:${stage}:${r.due_at}:overdue`,
        });
        await repo.insertEvent(trx, referralEvent(now, r.id, 'overdue', null, `${label}期限 ${when} 已届满`));
        return;
      }
      const sent = await notify(trx, {
        orgId: r.org_id,
        kind: 'referral.due-soon',
        title: `线索移送「${r.title}」${label}将于${when}到期`,
        body: `${ASK[stage]} (期限 ${when})。`,
        link: `/referrals/${r.id}`,
        dedupeKey: `referral:${r.id}:${stage}:${r.due_at}:soon`,
      });
      if (!sent) return;
      pass.dueSoon += 1;
      await repo.insertEvent(trx, referralEvent(now, r.id, 'due_soon', null, `${label}期限 ${when}`));
    });
  }
  return pass;
}
