import { t } from '../locale.ts';
import './month-grid.css';

/** What the colours of the month grids mean. */
export function CalendarLegend() {
  return (
    <div className="cal-legend" role="note" aria-label={t('legend')}>
      <span>
        <span className="cal-swatch" style={{ background: '#fff1f0', color: '#cf1322' }} aria-hidden>
          {t('holidayMark')}
        </span>
        {t('legendHoliday')}
      </span>
      <span>
        <span className="cal-swatch" style={{ background: '#e6f4ff', color: '#0958d9' }} aria-hidden>
          {t('workdayMark')}
        </span>
        {t('legendWorkday')}
      </span>
      <span>
        <span className="cal-swatch" style={{ background: '#fafafa', color: '#8c8c8c' }} aria-hidden>
          6
        </span>
        {t('legendWeekend')}
      </span>
      <span>
        <span className="cal-swatch" style={{ boxShadow: 'inset 0 0 0 2px #faad14' }} aria-hidden />
        {t('legendToday')}
      </span>
    </div>
  );
}
