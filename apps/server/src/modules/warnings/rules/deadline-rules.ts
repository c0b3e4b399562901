import { CASE_KIND_LABELS, EVENT_TYPE_LABELS } from '@jiandu/contracts/case-labels';
import { type CaseRule, finding, NO_FINDINGS, parameter } from './case-rule.ts';
import { daysBetween } from './day-numbers.ts';
import { type DueDate, dueDate, surelyInTime } from './due-dates.ts';
import type { CaseFacts } from './facts.ts';
import { isHearingEligible } from './hearing-eligibility.ts';

/*
 * The rules about time limits. Each due date comes from the platform's deadline engine on the
 * official calendar (holidays and 调休 make-up working days), with the rule's parameter as the
 * amount and the day after the start event as the first day counted. A duty still open fires once
 * `today` is past its due date; a duty met after its due date fires too.
 */

/**
 * How a duty stands against its due date: open and overdue, met late, or neither (null). Messages
 * and facts of an open duty leave out how many days late it is, so the warning stays the same from
 * one evaluation to the next while nothing changes on the case.
 */
function lateness(
  due: DueDate,
  metOn: string | null,
  today: string,
): { late: number; metOn: string | null } | null {
  if (metOn !== null) return metOn > due.due ? { late: daysBetween(due.due, metOn), metOn } : null;
  return today > due.due ? { late: daysBetween(due.due, today), metOn: null } : null;
}

const provisionalNote = (due: DueDate) =>
  due.provisional ? ' (所涉年度节假日安排尚未导入, 暂按周一至周五计算)' : '';

/**
 * 超期未作出处罚决定: a general-procedure penalty not decided within `days` calendar days of `filed`
 * plus every approved extension (行政处罚法第六十条). A case closed without a decision (撤案) counts
 * as ended on its closing day. Extensions count whenever they were approved.
 */
export const DECISION_OVERDUE: CaseRule = {
  code: 'DECISION_OVERDUE',
  version: 1,
  evaluate(facts: CaseFacts, params) {
    const filed = facts.first.filed;
    if (facts.kind !== 'penalty' || facts.procedure !== 'general' || filed === null) return NO_FINDINGS;
    const days = parameter(params, 'DECISION_OVERDUE', 'days');
    const amount = days + facts.extensionDays;
    const metOn = facts.first.decided ?? facts.first.closed;
    if (surelyInTime(filed, amount, metOn ?? facts.today)) return NO_FINDINGS;
    const due = dueDate(facts.calendar, filed, amount, 'calendar');
    const late = lateness(due, metOn, facts.today);
    if (!late) return NO_FINDINGS;
    const period = `${days}日${facts.extensionDays ? `, 含批准延长${facts.extensionDays}日` : ''}`;
    const outcome =
      late.metOn === null
        ? '至今未作出决定'
        : `实际于${late.metOn}${facts.first.decided ? '作出决定' : '结案'}, 超期${late.late}日`;
    return [
      finding(
        DECISION_OVERDUE,
        '',
        `案件于${filed}立案, 应于${due.due}前作出处罚决定 (${period}), ${outcome}${provisionalNote(due)}`,
        {
          filed,
          due: due.due,
          decided: facts.first.decided,
          closed: facts.first.closed,
          extensionDays: facts.extensionDays,
          daysLate: late.metOn === null ? null : late.late,
          derivation: due.explanation,
          provisional: due.provisional,
        },
        { days },
      ),
    ];
  },
};

/**
 * 超期未公示: a penalty or licence decision not published within `workingDays` working days of
 * `decided` (国办发〔2018〕118号); a publication before the decision's day does not count.
 */
export const PUBLICITY_OVERDUE: CaseRule = {
  code: 'PUBLICITY_OVERDUE',
  version: 1,
  evaluate(facts, params) {
    const decided = facts.first.decided;
    if ((facts.kind !== 'penalty' && facts.kind !== 'license') || decided === null) return NO_FINDINGS;
    const workingDays = parameter(params, 'PUBLICITY_OVERDUE', 'workingDays');
    const metOn = facts.publishedAfterDecision;
    if (surelyInTime(decided, workingDays, metOn ?? facts.today)) return NO_FINDINGS;
    const due = dueDate(facts.calendar, decided, workingDays, 'working');
    const late = lateness(due, metOn, facts.today);
    if (!late) return NO_FINDINGS;
    const what = facts.kind === 'penalty' ? '处罚决定' : '许可决定';
    const outcome = late.metOn === null ? '至今未公示' : `实际于${late.metOn}公示, 逾期${late.late}日`;
    return [
      finding(
        PUBLICITY_OVERDUE,
        '',
        `${what}于${decided}作出, 应于${due.due}前公示, ${outcome} (公示期限为作出决定后${workingDays}个工作日)${provisionalNote(due)}`,
        {
          decided,
          due: due.due,
          published: late.metOn,
          daysLate: late.metOn === null ? null : late.late,
          derivation: due.explanation,
          provisional: due.provisional,
        },
        { workingDays },
      ),
    ];
  },
};

/**
 * 被撤销的决定未及时撤下公示: a published decision reversed on reconsideration or in court, not
 * `withdrawn` within `workingDays` working days of the (earliest) reversal (行政处罚法第四十八条).
 */
export const WITHDRAWAL_OVERDUE: CaseRule = {
  code: 'WITHDRAWAL_OVERDUE',
  version: 1,
  evaluate(facts, params) {
    const reversal = facts.reversal;
    if (reversal === null || facts.first.published === null) return NO_FINDINGS;
    const workingDays = parameter(params, 'WITHDRAWAL_OVERDUE', 'workingDays');
    const metOn = facts.withdrawnAfterReversal;
    if (surelyInTime(reversal.day, workingDays, metOn ?? facts.today)) return NO_FINDINGS;
    const due = dueDate(facts.calendar, reversal.day, workingDays, 'working');
    const late = lateness(due, metOn, facts.today);
    if (!late) return NO_FINDINGS;
    const outcome = late.metOn === null ? '至今未撤下' : `实际于${late.metOn}撤下, 逾期${late.late}日`;
    return [
      finding(
        WITHDRAWAL_OVERDUE,
        '',
        `已公示的${CASE_KIND_LABELS[facts.kind]}决定于${reversal.day}${EVENT_TYPE_LABELS[reversal.type]}, 应于${due.due}前撤下公示, ${outcome} (期限为${workingDays}个工作日)${provisionalNote(due)}`,
        {
          reversed: reversal.day,
          reversalType: reversal.type,
          published: facts.first.published,
          due: due.due,
          withdrawn: late.metOn,
          daysLate: late.metOn === null ? null : late.late,
          derivation: due.explanation,
          provisional: due.provisional,
        },
        { workingDays },
      ),
    ];
  },
};

/**
 * 未满听证申请期即作出决定: a hearing-eligible penalty decided on or before the last day of the
 * `workingDays`-working-day request period that follows `notified`, with no `hearing_held` before
 * the decision (行政处罚法第六十四条). Eligibility: the record's `hearingEligible` when it says, else a
 * revocation or suspension, or fines adding up to at least `personFine` / `organizationFine`.
 */
export const HEARING_PERIOD_CUT_SHORT: CaseRule = {
  code: 'HEARING_PERIOD_CUT_SHORT',
  version: 1,
  evaluate(facts, params) {
    const { notified, decided, hearing_held: held } = facts.first;
    if (facts.kind !== 'penalty' || notified === null || decided === null || decided < notified)
      return NO_FINDINGS;
    if (held !== null && held <= decided) return NO_FINDINGS;
    const personFine = parameter(params, 'HEARING_PERIOD_CUT_SHORT', 'personFine');
    const organizationFine = parameter(params, 'HEARING_PERIOD_CUT_SHORT', 'organizationFine');
    if (!isHearingEligible(facts, personFine, organizationFine)) return NO_FINDINGS;
    const workingDays = parameter(params, 'HEARING_PERIOD_CUT_SHORT', 'workingDays');
    const due = dueDate(facts.calendar, notified, workingDays, 'working');
    if (decided > due.due) return NO_FINDINGS;
    return [
      finding(
        HEARING_PERIOD_CUT_SHORT,
        '',
        `${notified}告知当事人听证权利, 听证申请期 (${workingDays}个工作日) 至${due.due}届满, 但${decided}即作出处罚决定, 且未举行听证${provisionalNote(due)}`,
        {
          notified,
          requestUntil: due.due,
          decided,
          hearingRequested: facts.first.hearing_requested,
          hearingEligibleDeclared: facts.declaredHearingEligible,
          fineTotal: facts.fineTotal,
          derivation: due.explanation,
          provisional: due.provisional,
        },
        { workingDays, personFine, organizationFine },
      ),
    ];
  },
};
