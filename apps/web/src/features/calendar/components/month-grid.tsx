import type { CalendarDay } from '@jiandu/contracts/calendar';
import { Card } from 'antd';
import { daysInMonth, firstColumn, isoDate } from '../dates.ts';
import { t } from '../locale.ts';
import './month-grid.css';

interface Props {
  year: number;
  /** 0-based. */
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  today: string;
}

const short = (year: number, month: number, day: number) => t('dateShort', { year, month: month + 1, day });

/** The month's holidays as runs of consecutive days ("国庆节 10月1日–8日") and its make-up working days. */
function summary(year: number, month: number, days: ReadonlyMap<string, CalendarDay>) {
  const lines: { kind: 'holiday' | 'workday'; text: string }[] = [];
  let run: { name: string; from: number; to: number } | null = null;
  const flush = () => {
    if (!run) return;
    const range =
      run.from === run.to ? short(year, month, run.from) : `${short(year, month, run.from)}–${run.to}`;
    lines.push({ kind: 'holiday', text: t('holidayRun', { name: run.name, range }) });
    run = null;
  };
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const day = days.get(isoDate(year, month, d));
    if (day?.kind === 'holiday' && run && run.name === day.name && run.to === d - 1) run.to = d;
    else {
      flush();
      if (day?.kind === 'holiday') run = { name: day.name, from: d, to: d };
      if (day?.kind === 'workday')
        lines.push({
          kind: 'workday',
          text: t('workdayRun', { date: short(year, month, d), name: day.name }),
        });
    }
  }
  flush();
  return lines;
}

/** One month as a compact Monday-first grid: days off in red with their name, make-up working days in blue. */
export function MonthGrid({ year, month, days, today }: Props) {
  const offset = firstColumn(year, month);
  const count = daysInMonth(year, month);
  const lines = summary(year, month, days);
  return (
    <Card size="small" title={t('month', { month: month + 1 })} style={{ height: '100%' }}>
      <div className="cal-grid">
        {t('weekdays')
          .split(',')
          .map((w) => (
            <div key={w} className="cal-head" aria-hidden>
              {w}
            </div>
          ))}
        {offset ? <div style={{ gridColumn: `span ${offset}` }} aria-hidden /> : null}
        {Array.from({ length: count }, (_, i) => {
          const date = isoDate(year, month, i + 1);
          const day = days.get(date);
          const weekend = (offset + i) % 7 >= 5;
          const classes = [
            'cal-cell',
            day ? `cal-${day.kind}` : weekend ? 'cal-weekend' : '',
            date === today ? 'cal-today' : '',
          ];
          const label = day
            ? t(day.kind === 'holiday' ? 'dayHoliday' : 'dayWorkday', { date, name: day.name })
            : date;
          return (
            <div key={date} className={classes.join(' ')} title={label} data-date={date}>
              <span className="cal-num">{i + 1}</span>
              {day ? (
                <span className="cal-mark">{day.kind === 'holiday' ? day.name : t('workdayMark')}</span>
              ) : null}
            </div>
          );
        })}
      </div>
      <ul className="cal-summary">
        {lines.map((l) => (
          <li key={l.text} className={l.kind === 'holiday' ? 'cal-h' : 'cal-w'}>
            {l.text}
          </li>
        ))}
      </ul>
    </Card>
  );
}
