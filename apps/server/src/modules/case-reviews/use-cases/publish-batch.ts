import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { CalendarService } from '../../../platform/calendar/calendar.service.ts';
import { addDays, todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { assertOpen } from '../batch-access.ts';
import * as repo from '../batches.repository.ts';
import { actorLabel } from '../case-reviews.policy.ts';

/**
 * The day the agencies' responses are due: `days` working days after publication by the working
 * calendar (start day not counted); when that year's schedule is not loaded, calendar days, said so.
 */
export async function responseDue(
  calendar: CalendarService,
  start: string,
  days: number,
): Promise<{ due: string; basis: string }> {
  try {
    const deadline = await calendar.deadline({
      start,
      amount: days,
      unit: 'working',
      rule: 'CASE_REVIEW_RESPONSE',
      basis: `评查批次设置: 结果发布后${days}个工作日内反馈`,
    });
    return { due: deadline.due, basis: deadline.derivation.explanation };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CALENDAR_YEAR_MISSING') throw error;
    return {
      due: addDays(start, days),
      basis: `尚未载入节假日安排, 按自然日计算: 发布次日起${days}日`,
    };
  }
}

/**
 * Publishes a batch's results: every file must have its final result (all sheets submitted, no
 * deliberation pending); the agencies may then see their files and respond until the due day.
 */
export async function publishBatch(
  db: Db,
  calendar: CalendarService,
  actor: UserActor,
  batch: repo.BatchRow,
): Promise<void> {
  assertOpen(batch, '发布');
  const files = await repo.filesOf(db, batch.id);
  const unscored = files.filter((f) => f.scored !== 1).length;
  const pending = files.filter((f) => f.needs_consensus === 1).length;
  if (unscored)
    throw new AppError('CONFLICT', `还有 ${unscored} 件案卷未完成评分 (须全部评查人员提交), 不能发布结果`);
  if (pending)
    throw new AppError('CONFLICT', `有 ${pending} 件案卷评查人员评分差距过大, 须记录合议结果后才能发布`);
  const today = todayInShanghai();
  const { due, basis } = await responseDue(calendar, today, batch.response_days);
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await repo.updateBatch(trx, batch.id, {
      status: 'published',
      published_at: at,
      published_by: actorLabel(actor),
      response_due: due,
      response_due_basis: basis,
    });
    // Each reviewed agency hears of its results in the console, with the day its response is due.
    const byAgency = new Map<string, repo.FileRow[]>();
    for (const f of files) byAgency.set(f.agency_org_id, [...(byAgency.get(f.agency_org_id) ?? []), f]);
    for (const [agencyId, own] of byAgency) {
      const failed = own.filter((f) => f.grade === 'fail').length;
      await notify(trx, {
        orgId: agencyId,
        kind: 'case_review.published',
        title: `案卷评查结果已发布: ${batch.name}`,
        body: `${batch.org_name}发布了「${batch.name}」的评查结果: 你单位被评查案卷${own.length}件${
          failed ? `, 其中不合格${failed}件` : ''
        }。如有异议或整改情况, 请于${due}前在「评查结果」中反馈。`,
        link: '/review-results',
        dedupeKey: `case_review.published:${batch.id}:${agencyId}`,
      });
    }
    await recordAudit(trx, auditActor(actor), {
      action: 'case_review.batch.publish',
      targetType: 'review_batch',
      targetId: batch.id,
      detail: { files: files.length, responseDue: due, basis },
    });
  });
}
