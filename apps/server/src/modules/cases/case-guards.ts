import type { CaseRefusal } from '@jiandu/contracts/case-handling';
import { EVENT_TYPE_LABELS, type EventType, shanghaiDay } from '@jiandu/contracts/case-labels';
import type { CaseEvent, CaseRecord } from '@jiandu/contracts/exchange';
import type { WorkingCalendar } from '../../platform/calendar/working-calendar.ts';
import { DEADLINE_RULES, deriveDeadlines, isHearingEligible } from './case-deadlines.ts';

/** What the guards know about a certificate number on the act's day. */
export interface HolderFacts {
  exists: boolean;
  valid: boolean;
  agencyCreditCode: string | null;
  legalReviewer: boolean;
  reason: string;
}

/** Everything a guard may consult besides the record itself. */
export interface GuardContext {
  /** Certificate holders by normalised number, as of the day of the stage being recorded. */
  holders: ReadonlyMap<string, HolderFacts>;
  calendar: WorkingCalendar;
  today: string;
}

/** 简易程序 limits of 行政处罚法第五十一条 (yuan). */
export const SIMPLE_PROCEDURE_LIMITS = { person: 200, organization: 3_000 } as const;

/** Kinds of act that need two certified officers (行政处罚法第四十二条, 行政强制法第十八条). */
const TWO_OFFICER_KINDS = new Set(['penalty', 'inspection', 'coercion']);

/** Which stage must come before which (a stage recorded without its prerequisite is refused). */
const PREREQUISITES: Partial<Record<EventType, EventType[]>> = {
  notified: ['filed'],
  hearing_requested: ['notified'],
  hearing_held: ['hearing_requested'],
  served: ['decided'],
  published: ['decided'],
  executed: ['decided'],
  withdrawn: ['published'],
  reconsideration_reversed: ['decided'],
  litigation_reversed: ['decided'],
};

const refusal = (rule: string, basis: string, message: string): CaseRefusal => ({ rule, basis, message });
const dayOf = (event: Pick<CaseEvent, 'at'>) => shanghaiDay(event.at) ?? event.at;

function firstDay(record: CaseRecord, type: EventType): string | null {
  const days = record.events.filter((e) => e.type === type).map(dayOf);
  return days.length ? days.sort()[0]! : null;
}

/** Fewer than two distinct officers of this agency with a valid enforcement certificate that day. */
export function officersRefusal(record: CaseRecord, context: GuardContext, day: string): CaseRefusal | null {
  if (!TWO_OFFICER_KINDS.has(record.kind)) return null;
  const numbers = [...new Set(record.officers.map((n) => n.trim().toUpperCase()))];
  const problems: string[] = [];
  let valid = 0;
  for (const number of numbers) {
    const holder = context.holders.get(number);
    if (!holder?.exists) problems.push(`${number} 不存在`);
    else if (holder.agencyCreditCode !== record.agencyCreditCode) problems.push(`${number} 不属于本执法主体`);
    else if (!holder.valid) problems.push(holder.reason);
    else valid += 1;
  }
  if (valid >= 2) return null;
  return refusal(
    'TOO_FEW_OFFICERS',
    '行政处罚法第四十二条、行政强制法第十八条',
    `执法人员不得少于两人且须持有${day}有效的执法证; 本案有效执法证 ${valid} 个` +
      (problems.length ? ` (${problems.join('; ')})` : ''),
  );
}

/** The decision's own checks: review of major cases, prior notice, the hearing period, simple-procedure limits. */
function decisionRefusals(record: CaseRecord, context: GuardContext, day: string): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  if (record.kind !== 'penalty') return out;
  const before = (type: EventType) => record.events.filter((e) => e.type === type && dayOf(e) <= day);
  if (record.major && !before('legal_review').some((e) => e.opinion === 'approved'))
    out.push(
      refusal(
        'MAJOR_WITHOUT_LEGAL_REVIEW',
        '行政处罚法第五十八条',
        '重大执法决定须经法制审核且审核通过后才能作出; 本案尚无 "同意" 的法制审核意见',
      ),
    );
  if (record.procedure === 'general' && !before('notified').length)
    out.push(
      refusal(
        'NO_PRIOR_NOTICE',
        '行政处罚法第四十四条、第六十二条',
        '作出行政处罚决定前, 须告知当事人拟作出的处罚内容及事实、理由、依据和陈述、申辩、要求听证的权利',
      ),
    );
  if (record.procedure === 'general' && isHearingEligible(record)) {
    const requested = before('hearing_requested').length > 0;
    const held = before('hearing_held').length > 0;
    const hearing = deriveDeadlines(record, context.calendar).find((d) => d.code === 'HEARING_REQUEST_UNTIL');
    if (requested && !held)
      out.push(
        refusal(
          'HEARING_PERIOD_CUT_SHORT',
          '行政处罚法第六十五条',
          '当事人已要求听证, 须举行听证后依据听证笔录作出决定',
        ),
      );
    else if (!requested && hearing && day <= hearing.due)
      out.push(
        refusal(
          'HEARING_PERIOD_CUT_SHORT',
          '行政处罚法第六十四条',
          `当事人可在告知后${DEADLINE_RULES.HEARING_REQUEST_UNTIL.amount}个工作日内 (至${hearing.due}) 要求听证, 期限届满前不得作出决定`,
        ),
      );
  }
  if (record.procedure === 'simple') {
    const partyType = record.party?.type ?? 'organization';
    const limit = SIMPLE_PROCEDURE_LIMITS[partyType];
    const penalties = record.decision?.penalties ?? [];
    const other = penalties.filter((p) => p.type !== 'warning' && p.type !== 'fine');
    const fines = penalties.reduce((sum, p) => sum + (p.type === 'fine' ? (p.amount ?? 0) : 0), 0);
    if (other.length || fines > limit)
      out.push(
        refusal(
          'SIMPLE_PROCEDURE_MISUSED',
          '行政处罚法第五十一条',
          `简易程序只能当场作出警告或罚款 (${partyType === 'person' ? '公民' : '法人或其他组织'}不超过 ${limit.toLocaleString('en-US')} 元); ` +
            '本案应适用普通程序',
        ),
      );
  }
  return out;
}

/**
 * What the law forbids about recording `event` on `record` (the record already carries the event).
 * An empty list means the stage may be recorded.
 */
export function refusalsFor(record: CaseRecord, event: CaseEvent, context: GuardContext): CaseRefusal[] {
  const day = dayOf(event);
  const out: CaseRefusal[] = [];
  const label = EVENT_TYPE_LABELS[event.type];
  if (day > context.today)
    out.push(refusal('FUTURE_DATE', '全过程记录', `${label}日期 ${day} 晚于今天, 只能记录已经发生的环节`));
  const closed = firstDay(record, 'closed');
  if (closed && event.type !== 'closed' && day >= closed)
    out.push(refusal('CASE_CLOSED', '全过程记录', `案件已于${closed}结案, 不能再记录${label}`));
  const opened = firstDay(record, 'filed') ?? firstDay(record, 'accepted');
  if (opened && day < opened)
    out.push(refusal('BEFORE_OPENING', '全过程记录', `${label}日期 ${day} 早于立案 (受理) 日期 ${opened}`));
  for (const needed of PREREQUISITES[event.type] ?? []) {
    if (needed === 'filed' && record.procedure !== 'general') continue;
    const at = firstDay(record, needed);
    if (!at || at > day)
      out.push(
        refusal(
          'MISSING_STAGE',
          '全过程记录',
          `记录${label}前须先记录${EVENT_TYPE_LABELS[needed]}${at ? ` (其日期 ${at} 晚于本环节)` : ''}`,
        ),
      );
  }
  if (event.type === 'legal_review') {
    const holder = context.holders.get((event.reviewer ?? '').trim().toUpperCase());
    if (!holder?.exists || !holder.valid || !holder.legalReviewer)
      out.push(
        refusal(
          'REVIEWER_NOT_QUALIFIED',
          '行政处罚法第五十八条、国办发〔2018〕118号',
          `法制审核人员 ${event.reviewer ?? ''} 须为登记的法制审核人员且执法证有效` +
            (holder?.exists
              ? holder.valid
                ? ' (未登记为法制审核人员)'
                : ` (${holder.reason})`
              : ' (证号不存在)'),
        ),
      );
  }
  if (event.type === 'extension_approved') {
    if (record.kind !== 'penalty' || record.procedure !== 'general' || firstDay(record, 'decided'))
      out.push(
        refusal(
          'EXTENSION_NOT_APPLICABLE',
          '行政处罚法第六十条',
          '只有尚未作出决定的普通程序行政处罚案件可以延长办案期限',
        ),
      );
  }
  if (event.type === 'decided') {
    if (record.events.filter((e) => e.type === 'decided').length > 1)
      out.push(
        refusal(
          'ALREADY_DECIDED',
          '行政处罚法第二十九条',
          '本案已作出决定; 对同一违法行为不得给予两次以上罚款',
        ),
      );
    out.push(...decisionRefusals(record, context, day));
    const officers = officersRefusal(record, context, day);
    if (officers) out.push(officers);
  }
  return out;
}
