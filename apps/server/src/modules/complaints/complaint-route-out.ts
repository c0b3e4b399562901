import { COMPLAINT_ROUTE_LABELS, type ComplaintRoute } from '@jiandu/contracts/complaint-labels';
import { toDayNumber } from '../../platform/calendar/dates.ts';
import type { WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import { dueDate, type RouteOutPeriods } from './complaint-periods.ts';

/** What a complainant routed to another procedure is told, and the last day to apply, if known. */
export interface RouteOut {
  note: string;
  deadlineOn: string | null;
}

/** The same day `months` later; the month's last day when it has no such day (月的对应日). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The written guidance for a complaint that is properly a 行政复议 or 行政诉讼 matter (信访工作条例
 * Art. 31): where to go, the application period with its law, and — when the complaint names a
 * case whose decision date is known — the last day counted from that date (a period whose last
 * day is a holiday ends on the next working day), said to have passed when it has, with the rule
 * on delays for good reason. For reconsideration also how long the organ has to decide.
 */
export function routeOutNote(
  calendar: WorkingCalendar,
  periods: RouteOutPeriods,
  route: ComplaintRoute,
  act: { caseNumber: string; decidedOn: string } | null,
  today: string,
): RouteOut {
  const label = COMPLAINT_ROUTE_LABELS[route];
  const parts: string[] = [];
  let deadlineOn: string | null = null;
  if (route === 'reconsideration') {
    const p = periods.reconsideration;
    parts.push(
      `本事项属于${label}范围, 请依照《中华人民共和国行政复议法》向有管辖权的行政复议机关申请行政复议。`,
      `申请期限: 自知道或者应当知道该行政行为之日起${p.applyDays}日内提出 (${p.applyBasis})。`,
    );
    if (act) {
      const due = dueDate(calendar, act.decidedOn, p.applyDays, 'calendar', p.applyBasis);
      deadlineOn = due.due;
    }
  } else {
    const p = periods.litigation;
    parts.push(
      `本事项属于${label}范围, 可以依照《中华人民共和国行政诉讼法》向有管辖权的人民法院提起行政诉讼。`,
      `起诉期限: 自知道或者应当知道作出行政行为之日起${p.applyMonths}个月内提出 (${p.applyBasis})。`,
    );
    if (act) {
      const nominal = addMonths(act.decidedOn, p.applyMonths);
      const days = toDayNumber(nominal) - toDayNumber(act.decidedOn);
      deadlineOn = dueDate(calendar, act.decidedOn, days, 'calendar', p.applyBasis).due;
    }
  }
  if (act && deadlineOn) {
    parts.push(
      `按所涉案件 ${act.caseNumber} 的决定日期 ${act.decidedOn} 推算, 期限至 ${deadlineOn} 届满 (知道该行政行为之日晚于决定日期的, 自知道之日起算)。`,
    );
    if (deadlineOn < today)
      parts.push(
        route === 'reconsideration'
          ? '按此推算申请期限已经届满; 因不可抗力或者其他正当理由耽误法定申请期限的, 申请期限自障碍消除之日起继续计算 (行政复议法第二十条第二款)。'
          : '按此推算起诉期限已经届满; 因不可抗力或者其他不属于自身的原因耽误起诉期限的, 被耽误的时间不计算在起诉期限内 (行政诉讼法第四十八条)。',
      );
  }
  if (route === 'reconsideration') {
    const p = periods.reconsideration;
    parts.push(
      `行政复议机关自受理申请之日起${p.decideDays}日内作出行政复议决定; 情况复杂的, 经批准可以延长, 延长期限最多不超过${p.decideExtensionDays}日 (${p.decideBasis})。`,
    );
  }
  return { note: parts.join(''), deadlineOn };
}
