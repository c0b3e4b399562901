import { type DateString, fromDayNumber, toDayNumber } from './dates.ts';
import {
  dayCode,
  isHolidayCode,
  isMakeUpCode,
  isWorkingCode,
  type WorkingCalendar,
} from './working-calendar.ts';

/** How a period is counted: calendar days (自然日) or working days (工作日). */
export type DeadlineUnit = 'calendar' | 'working';

/** What a deadline is computed from. */
export interface DeadlineInput {
  start: DateString;
  amount: number;
  unit: DeadlineUnit;
  /** Stable code of the rule asking for the deadline, e.g. PUBLICITY_DUE. */
  rule?: string;
  /** Legal basis in Chinese, e.g. "国办发〔2018〕118号: 7个工作日". */
  basis?: string;
}

/** A computed due date and the record of how it was derived, so anyone can check it by hand. */
export interface Deadline {
  due: DateString;
  derivation: {
    rule: string | null;
    basis: string | null;
    start: DateString;
    amount: number;
    unit: DeadlineUnit;
    /** Non-working days passed over while counting working days. */
    skippedDays: number;
    /** Names of holidays crossed, in order. */
    holidays: string[];
    /** Make-up working days (调休上班) that were counted. */
    makeUpWorkdays: DateString[];
    /** For calendar days: the nominal last day, when it was not a working day and the deadline moved. */
    rolledFrom: DateString | null;
    /** The same in one Chinese sentence. */
    explanation: string;
  };
}

const UNIT_LABEL: Record<DeadlineUnit, string> = { calendar: '日', working: '个工作日' };

/**
 * Computes a due date the way Chinese procedural law counts periods: the start day is not counted;
 * working days skip weekends and official holidays and count make-up working days; a calendar-day
 * period whose last day is not a working day ends on the next working day. Dates in a year whose
 * schedule is not loaded raise CALENDAR_YEAR_MISSING.
 */
export function computeDeadline(calendar: WorkingCalendar, input: DeadlineInput): Deadline {
  const { start, amount, unit } = input;
  if (!Number.isInteger(amount) || amount < 1) throw new RangeError(`期限天数须为正整数: ${amount}`);
  const holidays: string[] = [];
  const makeUpWorkdays: DateString[] = [];
  let skippedDays = 0;
  let rolledFrom: DateString | null = null;
  const noteHoliday = (name: string | undefined) => {
    if (name && holidays[holidays.length - 1] !== name) holidays.push(name);
  };

  const holidayName = (day: number) => calendar.holidays.get(fromDayNumber(day));
  let day = toDayNumber(start);
  if (unit === 'working') {
    let counted = 0;
    while (counted < amount) {
      day += 1;
      const code = dayCode(calendar, day);
      if (isWorkingCode(code)) {
        counted += 1;
        if (isMakeUpCode(code)) makeUpWorkdays.push(fromDayNumber(day));
      } else {
        skippedDays += 1;
        if (isHolidayCode(code)) noteHoliday(holidayName(day));
      }
    }
  } else {
    day += amount;
    let code = dayCode(calendar, day);
    if (!isWorkingCode(code)) rolledFrom = fromDayNumber(day);
    while (!isWorkingCode(code)) {
      if (isHolidayCode(code)) noteHoliday(holidayName(day));
      day += 1;
      code = dayCode(calendar, day);
    }
  }
  const due = fromDayNumber(day);

  let explanation = `自${start}次日起算${amount}${UNIT_LABEL[unit]}`;
  if (unit === 'working' && skippedDays > 0) {
    explanation += `, 跳过${skippedDays}个休息日${holidays.length ? `(含${holidays.join('、')})` : ''}`;
    if (makeUpWorkdays.length) explanation += `, 计入调休上班日${makeUpWorkdays.join('、')}`;
  }
  if (rolledFrom) {
    explanation += `, 期满日${rolledFrom}为${holidays.length ? `法定节假日(${holidays.join('、')})` : '休息日'}, 顺延至${due}`;
  }
  explanation += `, 期限届满日为${due}。`;

  return {
    due,
    derivation: {
      rule: input.rule ?? null,
      basis: input.basis ?? null,
      start,
      amount,
      unit,
      skippedDays,
      holidays,
      makeUpWorkdays,
      rolledFrom,
      explanation,
    },
  };
}
