import { type DeadlineCode, shanghaiDay } from '@jiandu/contracts/case-labels';
import type { CaseDeadline, CaseRecord } from '@jiandu/contracts/exchange';
import { computeDeadline, type DeadlineUnit } from '../../platform/calendar/deadline.ts';
import { type WorkingCalendar, withProvisionalYears } from '../../platform/calendar/working-calendar.ts';
import { AppError } from '../../platform/errors.ts';

/** A derived due date, whether it was met and whether it rests on a year not yet loaded. */
export interface DerivedDeadline extends CaseDeadline {
  /** The day the duty was met (or the right exercised), null while open. */
  metOn: string | null;
  provisional: boolean;
}

interface Rule {
  code: DeadlineCode;
  amount: number;
  unit: DeadlineUnit;
  basis: string;
}

/** The spec's default periods (exchange-v1 "Deadline codes"). */
export const DEADLINE_RULES: Record<DeadlineCode, Rule> = {
  DECISION_DUE: {
    code: 'DECISION_DUE',
    amount: 90,
    unit: 'calendar',
    basis: '行政处罚法第六十条: 自立案之日起九十日内作出决定',
  },
  HEARING_REQUEST_UNTIL: {
    code: 'HEARING_REQUEST_UNTIL',
    amount: 5,
    unit: 'working',
    basis: '行政处罚法第六十四条: 告知后五日内提出听证要求',
  },
  SERVICE_DUE: { code: 'SERVICE_DUE', amount: 7, unit: 'working', basis: '行政处罚法第六十一条: 七日内送达' },
  PUBLICITY_DUE: {
    code: 'PUBLICITY_DUE',
    amount: 7,
    unit: 'working',
    basis: '国办发〔2018〕118号: 7个工作日',
  },
  WITHDRAWAL_DUE: {
    code: 'WITHDRAWAL_DUE',
    amount: 3,
    unit: 'working',
    basis: '行政处罚法第四十八条: 三日内撤回',
  },
  PAYMENT_DUE: {
    code: 'PAYMENT_DUE',
    amount: 15,
    unit: 'calendar',
    basis: '行政处罚法第六十七条: 十五日内缴纳罚款',
  },
};

/**
 * Fines from which a penalty is 较大数额 and the party must be told of the right to a hearing, when
 * the record does not say. No Liaoning-wide figure was found (domain-cn §1): these follow the local
 * standard seen (person 5,000 yuan, organisation 100,000 yuan) until an administrator sets others.
 */
export const HEARING_FINE_THRESHOLDS = { person: 5_000, organization: 100_000 } as const;

/** Whether the party had to be told of the right to a hearing (行政处罚法第六十三条). */
export function isHearingEligible(record: CaseRecord): boolean {
  if (record.hearingEligible !== undefined) return record.hearingEligible;
  if (record.kind !== 'penalty') return false;
  const threshold = HEARING_FINE_THRESHOLDS[record.party?.type ?? 'organization'];
  let fines = 0;
  for (const penalty of record.decision?.penalties ?? []) {
    if (penalty.type === 'revocation' || penalty.type === 'suspension') return true;
    if (penalty.type === 'fine') fines += penalty.amount ?? 0;
  }
  return fines >= threshold;
}

/** Days of each event type, sorted. */
function daysByType(record: CaseRecord): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const event of record.events) {
    const day = shanghaiDay(event.at);
    if (!day) continue;
    const list = map.get(event.type);
    if (list) list.push(day);
    else map.set(event.type, [day]);
  }
  for (const list of map.values()) list.sort();
  return map;
}

function firstOnOrAfter(days: string[] | undefined, from: string): string | null {
  return days?.find((d) => d >= from) ?? null;
}

/**
 * Every due date of the spec that applies to a record, computed on the official calendar. A
 * deadline whose start event has not happened is absent. When a due date reaches a year whose
 * holidays are not loaded yet, it is computed on plain weeks and marked provisional.
 */
export function deriveDeadlines(record: CaseRecord, calendar: WorkingCalendar): DerivedDeadline[] {
  const days = daysByType(record);
  const first = (type: string) => days.get(type)?.[0] ?? null;
  const out: DerivedDeadline[] = [];
  const add = (rule: Rule, start: string, startEvent: string, metOn: string | null, extra = 0, note = '') => {
    const input = { start, amount: rule.amount + extra, unit: rule.unit, rule: rule.code, basis: rule.basis };
    let provisional = false;
    let deadline: ReturnType<typeof computeDeadline>;
    try {
      deadline = computeDeadline(calendar, input);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'CALENDAR_YEAR_MISSING') throw error;
      const year = Number(start.slice(0, 4));
      deadline = computeDeadline(withProvisionalYears(calendar, [year, year + 1, year + 2]), input);
      provisional = true;
    }
    const explanation =
      deadline.derivation.explanation +
      note +
      (provisional ? '; 所涉年度的节假日安排尚未导入, 暂按周一至周五计算, 导入后重新计算' : '');
    out.push({
      code: rule.code,
      due: deadline.due,
      basis: rule.basis,
      derivation: { start, startEvent, amount: input.amount, unit: rule.unit, explanation },
      metOn,
      provisional,
    });
  };

  const filed = first('filed');
  const decided = first('decided');
  if (record.kind === 'penalty' && record.procedure === 'general' && filed) {
    const extensions = record.events.filter((e) => e.type === 'extension_approved');
    const extra = extensions.reduce((sum, e) => sum + (e.days ?? 0), 0);
    const note = extra ? `; 含批准延长 ${extra} 日` : '';
    add(DEADLINE_RULES.DECISION_DUE, filed, 'filed', decided, extra, note);
  }
  const notified = first('notified');
  if (notified && isHearingEligible(record))
    add(
      DEADLINE_RULES.HEARING_REQUEST_UNTIL,
      notified,
      'notified',
      firstOnOrAfter(days.get('hearing_requested'), notified),
    );
  if (decided) {
    add(DEADLINE_RULES.SERVICE_DUE, decided, 'decided', firstOnOrAfter(days.get('served'), decided));
    if (record.kind === 'penalty' || record.kind === 'license')
      add(DEADLINE_RULES.PUBLICITY_DUE, decided, 'decided', firstOnOrAfter(days.get('published'), decided));
  }
  const published = first('published');
  const reversal = [first('reconsideration_reversed'), first('litigation_reversed')]
    .filter((d): d is string => d !== null)
    .sort()[0];
  if (published && reversal) {
    const event =
      reversal === first('reconsideration_reversed') ? 'reconsideration_reversed' : 'litigation_reversed';
    add(DEADLINE_RULES.WITHDRAWAL_DUE, reversal, event, firstOnOrAfter(days.get('withdrawn'), reversal));
  }
  const served = first('served');
  const fined = record.decision?.penalties.some((p) => p.type === 'fine') ?? false;
  if (served && fined)
    add(DEADLINE_RULES.PAYMENT_DUE, served, 'served', firstOnOrAfter(days.get('executed'), served));
  return out;
}
