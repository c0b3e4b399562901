import {
  CALLBACK_RESULT_LABELS,
  COMPLAINT_RATING_LABELS,
  COMPLAINT_STATUS_LABELS,
} from '@jiandu/contracts/complaint-labels';
import type { HotlineReportedSchema, HotlineResult } from '@jiandu/contracts/complaints';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import type { SheetColumn } from '../../../platform/files/xlsx.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import * as hotlineRepo from '../complaints-hotline.repository.ts';

/** Most work orders one results export may hold. */
export const HOTLINE_RESULTS_LIMIT = 20_000;

/**
 * The columns a 12345 platform re-imports, in its order: 工单编号 first, the handling unit, status,
 * dates, the answer, whether it kept its period, the 回访 and the satisfaction. No personal data:
 * the work order's number is the hotline's own key.
 */
export const HOTLINE_RESULT_COLUMNS: SheetColumn<HotlineResult>[] = [
  { header: '工单编号', width: 24, value: (r) => r.orderNumber },
  { header: '承办单位', width: 28, value: (r) => r.handlingOrg },
  { header: '办理状态', width: 10, value: (r) => COMPLAINT_STATUS_LABELS[r.status] },
  { header: '受理日期', width: 12, value: (r) => r.acceptedOn },
  { header: '答复日期', width: 12, value: (r) => r.answeredOn },
  { header: '办理结果/答复内容', width: 60, value: (r) => r.answer },
  { header: '是否按期', width: 10, value: (r) => (r.onTime ? '是' : '否') },
  { header: '回访日期', width: 12, value: (r) => r.callbackOn },
  { header: '满意度', width: 10, value: (r) => r.satisfaction },
];

/**
 * The results of the 12345 work orders in the user's scope answered in the period, as the hotline
 * platform takes them back: on time when answered by the answer deadline (the hotline's 承办时限
 * when earlier, an approved extension included); the satisfaction from the portal or the 回访, or
 * 无法联系 when the 回访 found nobody.
 */
export async function hotlineResults(
  db: Db,
  actor: UserActor,
  query: { from?: string | undefined; to?: string | undefined; unreported: boolean },
): Promise<HotlineResult[]> {
  if (query.from && query.to && query.from > query.to)
    throw new AppError('VALIDATION_FAILED', '开始日期不能晚于结束日期', {
      errors: [{ path: 'from', message: '开始日期不能晚于结束日期' }],
    });
  const rows = await hotlineRepo.hotlineResults(
    db,
    scopesFor(actor, 'complaint.read'),
    query,
    HOTLINE_RESULTS_LIMIT + 1,
  );
  if (rows.length > HOTLINE_RESULTS_LIMIT)
    throw new AppError('CONFLICT', `一次最多导出${HOTLINE_RESULTS_LIMIT}件工单, 请缩小日期范围`);
  return rows.map((r) => ({
    complaintId: r.id,
    orderNumber: r.external_ref ?? '',
    handlingOrg: r.org_name,
    status: r.status,
    acceptedOn: r.accepted_on,
    answeredOn: r.answered_on!,
    answer: r.answer ?? '',
    onTime: !r.answer_due_on || r.answered_on! <= r.answer_due_on,
    callbackOn: r.callback_at ? todayInShanghai(new Date(r.callback_at)) : null,
    satisfaction: r.rating
      ? COMPLAINT_RATING_LABELS[r.rating]
      : r.callback_result === 'unreachable'
        ? CALLBACK_RESULT_LABELS.unreachable
        : null,
    reportedAt: r.hotline_reported_at,
  }));
}

/**
 * Marks exported work orders as reported back to the 12345 platform, each in the status it was
 * exported in; orders outside the user's handling scope or changed since are left (counted as
 * skipped) and come again in the next export of unreported results. One audit entry.
 */
export async function markHotlineReported(
  db: Db,
  ports: ComplaintPorts,
  actor: UserActor,
  input: z.output<typeof HotlineReportedSchema>,
): Promise<{ marked: number; skipped: number }> {
  const now = ports.clock.now();
  return db.transaction().execute(async (trx) => {
    const marked = await hotlineRepo.markReported(
      trx,
      scopesFor(actor, 'complaint.handle'),
      input.orders,
      now,
    );
    await recordAudit(trx, auditActor(actor), {
      action: 'complaint.hotline.report',
      targetType: 'complaint',
      detail: { orders: input.orders.length, marked },
    });
    return { marked, skipped: input.orders.length - marked };
  });
}
