import {
  COMPLAINT_REVIEW_LEVEL_LABELS,
  type ComplaintReviewLevel,
  type ComplaintStatus,
} from '@jiandu/contracts/complaint-labels';
import type { ComplaintReviewRequestSchema } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { actorLabel } from '../complaint-events.ts';
import { type Due, dueDate } from '../complaint-periods.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { type PetitionDetail, presentPetition } from '../complaint-reviews.presenter.ts';
import * as reviews from '../complaint-reviews.repository.ts';
import { assertStep, reaches } from '../complaints.policy.ts';
import type { ComplaintRow } from '../complaints.repository.ts';
import { changeComplaint, invalid } from './change-complaint.ts';

/** Where each level may be requested from, what it moves to, and its status while under way. */
const LEVELS = {
  review: {
    from: ['answered', 'rated', 'closed'],
    pending: 'reviewing',
    done: 'reviewed',
    previous: '书面答复',
  },
  recheck: { from: ['reviewed'], pending: 'rechecking', done: 'rechecked', previous: '复查意见' },
} as const satisfies Record<
  ComplaintReviewLevel,
  { from: readonly ComplaintStatus[]; pending: ComplaintStatus; done: ComplaintStatus; previous: string }
>;

/** The level a request may be entered for now and the answer it is about, or null. */
function nextLevel(
  row: ComplaintRow,
  done: readonly reviews.ComplaintReviewRow[],
): { level: ComplaintReviewLevel; answeredOn: string; orgId: string } | null {
  if (row.profile !== 'petition') return null;
  const review = done.find((r) => r.level === 'review');
  if (!review && (LEVELS.review.from as readonly string[]).includes(row.status) && row.answered_on)
    return { level: 'review', answeredOn: row.answered_on, orgId: row.org_id };
  if (review?.answered_on && row.status === 'reviewed' && !done.some((r) => r.level === 'recheck'))
    return { level: 'recheck', answeredOn: review.answered_on, orgId: review.org_id };
  return null;
}

/** The last day to request a level, counted from the day the previous answer was received. */
async function windowOf(
  ports: ComplaintPorts,
  level: ComplaintReviewLevel,
  receivedOn: string,
): Promise<Due> {
  const period = ports.periods.profiles.petition.reviews;
  if (!period) throw new AppError('CONFLICT', '信访方案未设定复查、复核期限');
  const p = period[level];
  return dueDate(await ports.calendar.calendar(), receivedOn, p.requestDays, 'calendar', p.requestBasis);
}

/**
 * The 复查 or 复核 a petition may be asked for now and until when (counted from the answer's
 * date; a request may show the petitioner received it later), or null when none can be.
 */
export async function reviewWindow(
  ports: ComplaintPorts,
  row: ComplaintRow,
  done: readonly reviews.ComplaintReviewRow[],
): Promise<{ level: ComplaintReviewLevel; from: string; until: string; rule: string } | null> {
  const next = nextLevel(row, done);
  if (!next) return null;
  const window = await windowOf(ports, next.level, next.answeredOn);
  return { level: next.level, from: next.answeredOn, until: window.due, rule: window.rule };
}

/**
 * The organ one level up that reviews: the nearest active justice department (supervisor) above
 * the one whose answer is contested (信访工作条例 Arts. 35–36: 上一级机关).
 */
async function superiorOf(ports: ComplaintPorts, orgId: string) {
  let org = await ports.orgs.findById(orgId);
  const own = org?.name ?? '';
  while (org?.parent_id) {
    org = await ports.orgs.findById(org.parent_id);
    if (org?.kind === 'supervisor' && org.status === 'active') return org;
  }
  throw new AppError('CONFLICT', `${own}没有上一级司法行政机关, 无法确定复查、复核机关`);
}

/**
 * Enters a petitioner's request for 复查 (after the written answer) or 复核 (after the 复查
 * opinion), received on `requestedOn`: refused outside the window (30 days from receiving the
 * previous answer, Arts. 35–36) with its last day; the organ one level up reviews and answers
 * within its period counted from the request. The complaint waits on that due date (reminded and
 * marked overdue like the others) and the reviewing organ is told.
 */
export async function requestReview(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  level: ComplaintReviewLevel,
  input: z.output<typeof ComplaintReviewRequestSchema>,
): Promise<void> {
  const label = COMPLAINT_REVIEW_LEVEL_LABELS[level];
  const spec = LEVELS[level];
  if (row.profile !== 'petition') throw new AppError('CONFLICT', `只有按信访程序办理的事项可以请求${label}`);
  assertStep(actor, row, 'complaint.handle', spec.from, `请求${label}`);
  const done = await reviews.reviewsOf(db, row.id);
  const next = nextLevel(row, done);
  if (next?.level !== level) throw new AppError('CONFLICT', `该信访事项已请求过${label}`);
  const periods = ports.periods.profiles.petition.reviews!;
  const today = ports.clock.today();
  const requestedOn = input.requestedOn ?? today;
  const receivedOn = input.answerReceivedOn ?? next.answeredOn;
  if (requestedOn > today) throw invalid('requestedOn', '请求日期不能晚于今天');
  if (receivedOn < next.answeredOn)
    throw invalid(
      'answerReceivedOn',
      `收到${spec.previous}的日期不能早于${spec.previous}作出之日 ${next.answeredOn}`,
    );
  if (receivedOn > requestedOn)
    throw invalid('answerReceivedOn', `收到${spec.previous}的日期不能晚于请求日期`);
  const window = await windowOf(ports, level, receivedOn);
  if (requestedOn > window.due)
    throw new AppError(
      'CONFLICT',
      `已超过请求${label}的期限: 应自收到${spec.previous}之日 (${receivedOn}) 起${periods[level].requestDays}日内提出, 至${window.due}届满 (${periods[level].requestBasis})`,
    );
  const org = await superiorOf(ports, next.orgId);
  const due = dueDate(
    await ports.calendar.calendar(),
    requestedOn,
    periods[level].answerDays,
    'calendar',
    `${periods[level].answerBasis}, 由${org.name}${label}`,
  );
  const now = ports.clock.now();
  await changeComplaint(db, ports, actor, row, {
    expected: spec.from,
    kind: level === 'review' ? 'review_requested' : 'recheck_requested',
    notes: [`${requestedOn}收到${label}请求`, `${label}机关 ${org.name}`, `期限 ${due.due}`, input.reason],
    set: {
      status: spec.pending,
      stage: level,
      due_on: due.due,
      overdue_stage: null,
      closed_on: null,
    },
    record: async (trx) => {
      await reviews.insertReview(trx, {
        complaint_id: row.id,
        level,
        org_id: org.id,
        requested_on: requestedOn,
        answer_received_on: receivedOn,
        window_until: window.due,
        window_rule: window.rule,
        requested_by: actorLabel(actor),
        requested_by_id: actor.userId,
        reason: input.reason,
        due_on: due.due,
        due_rule: due.rule,
        answer: null,
        answered_on: null,
        answered_by: null,
        answered_by_id: null,
        created_at: now,
      });
      await recordAudit(trx, auditActor(actor), {
        action: level === 'review' ? 'complaint.review.request' : 'complaint.recheck.request',
        targetType: 'complaint',
        targetId: row.id,
        detail: {
          requestedOn,
          answerReceivedOn: receivedOn,
          windowUntil: window.due,
          org: org.id,
          dueOn: due.due,
        },
      });
      await notify(trx, {
        orgId: org.id,
        kind: 'complaint.review-requested',
        title: `信访事项「${row.title}」请求${label}`,
        body: `请于${due.due}前提出${label}意见并书面答复信访人。`,
        link: `/complaints/${row.id}`,
        dedupeKey: `complaint:${row.id}:${level}:requested`,
      });
    },
  });
}

/**
 * The reviewing organ's written 复查 answer or 复核 opinion (a late one says so). Only that organ
 * gives it; after the 复核 opinion the same facts and reasons are not accepted again (Art. 36).
 */
export async function answerReview(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  row: ComplaintRow,
  level: ComplaintReviewLevel,
  answer: string,
): Promise<void> {
  const label = COMPLAINT_REVIEW_LEVEL_LABELS[level];
  const spec = LEVELS[level];
  assertStep(actor, row, 'complaint.handle', [spec.pending], `作出${label}意见`);
  const review = await reviews.reviewOf(db, row.id, level);
  if (!review || review.answered_on) throw new AppError('CONFLICT', `没有待答复的${label}请求`);
  if (
    !reaches(actor, 'complaint.handle', {
      org_id: review.org_id,
      org_path: review.org_path,
      region_code: review.org_region_code,
    })
  )
    throw new AppError('FORBIDDEN', `${label}意见应由${label}机关${review.org_name}作出`);
  const today = ports.clock.today();
  const late = today > review.due_on ? `超过${label}期限 ${review.due_on}` : null;
  await changeComplaint(db, ports, actor, row, {
    expected: [spec.pending],
    kind: level === 'review' ? 'review_answered' : 'recheck_answered',
    notes: [
      late,
      level === 'recheck' ? '信访人仍以同一事实和理由提出的, 不再受理 (信访工作条例第三十六条)' : null,
    ],
    set: { status: spec.done, stage: null, due_on: null, overdue_stage: null },
    record: async (trx) => {
      if (
        !(await reviews.answerReview(trx, row.id, level, {
          answer,
          answered_on: today,
          answered_by: actorLabel(actor),
          answered_by_id: actor.userId,
        }))
      )
        throw new AppError('CONFLICT', '该投诉已被他人处理, 请刷新后重试');
      await recordAudit(trx, auditActor(actor), {
        action: level === 'review' ? 'complaint.review.answer' : 'complaint.recheck.answer',
        targetType: 'complaint',
        targetId: row.id,
        detail: { late: !!late, dueOn: review.due_on },
      });
      await notify(trx, {
        orgId: row.org_id,
        kind: 'complaint.review-answered',
        title: `信访事项「${row.title}」${review.org_name}已作出${label}意见`,
        body: answer.slice(0, 200),
        link: `/complaints/${row.id}`,
        dedupeKey: `complaint:${row.id}:${level}:answered`,
      });
    },
  });
}

/** The page's view of a complaint's 复查/复核, the window open now, a concluded repeat and its route out. */
export async function petitionDetail(
  db: Db,
  ports: ComplaintPorts,
  row: ComplaintRow,
): Promise<PetitionDetail> {
  const done = row.profile === 'petition' ? await reviews.reviewsOf(db, row.id) : [];
  const concluded = row.profile === 'petition' ? (await reviews.concludedLinks(db, row.id))[0] : undefined;
  return presentPetition(row, done, await reviewWindow(ports, row, done), concluded);
}
