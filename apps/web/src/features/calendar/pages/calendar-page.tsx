import { UploadOutlined } from '@ant-design/icons';
import type { CalendarDay } from '@jiandu/contracts/calendar';
import { Alert, App, Button, Card, Col, Form, Row, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { ApiError } from '../../../lib/api.ts';
import { useCalendarDays } from '../api/use-calendar-days.ts';
import { useCalendarYears } from '../api/use-calendar-years.ts';
import { CalendarLegend } from '../components/calendar-legend.tsx';
import { LoadCalendarModal } from '../components/load-calendar-modal.tsx';
import { MonthGrid } from '../components/month-grid.tsx';
import { todayInShanghai } from '../dates.ts';
import { t } from '../locale.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

/** The official holiday schedule year by year, and (for calendar.write) the upload of a new year's schedule. */
export default function CalendarPage() {
  const { can } = useSession();
  const { message } = App.useApp();
  const today = todayInShanghai();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [importing, setImporting] = useState(false);
  const years = useCalendarYears();
  const days = useCalendarDays(year);

  const choices = useMemo(() => {
    const set = new Set([thisYear, thisYear + 1, ...(years.data ?? []).map((y) => y.year)]);
    return [...set].sort((a, b) => b - a).map((y) => ({ value: y, label: t('yearOption', { year: y }) }));
  }, [years.data, thisYear]);
  const info = years.data?.find((y) => y.year === year);
  const byDate = useMemo(
    () => new Map<string, CalendarDay>((days.data?.days ?? []).map((d) => [d.date, d])),
    [days.data],
  );
  const current = days.data?.year === year ? days.data : undefined;
  const holidays = current?.days.filter((d) => d.kind === 'holiday').length ?? 0;
  const workdays = current?.days.filter((d) => d.kind === 'workday').length ?? 0;
  const loaded = current?.loaded;

  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <div className="page-toolbar" style={{ justifyContent: 'space-between' }}>
        <Form layout="inline">
          <Form.Item label={t('year')} htmlFor="calendar-year" style={{ marginInlineEnd: 0 }}>
            <Select
              id="calendar-year"
              value={year}
              onChange={setYear}
              options={choices}
              style={{ width: 120 }}
            />
          </Form.Item>
        </Form>
        {can('calendar.write') ? (
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('import')}
          </Button>
        ) : null}
      </div>
      {info && current ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('loadedInfo', {
            source: info.source,
            by: info.loadedBy,
            at: new Date(info.loadedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
            holidays,
            workdays,
          })}
        </Typography.Paragraph>
      ) : null}
      {loaded === false ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('notLoaded', { year })}
          description={`${t('notLoadedHint')}${can('calendar.write') ? ` ${t('notLoadedAction')}` : ''}`}
          data-testid="year-not-loaded"
        />
      ) : null}
      {days.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('loadFailed', {
            detail: days.error instanceof ApiError ? days.error.problem.detail : String(days.error),
          })}
        />
      ) : null}
      <CalendarLegend />
      <Spin spinning={days.isFetching}>
        <Row gutter={[12, 12]} className="cal-months" style={{ marginTop: 12 }}>
          {MONTHS.map((m) => (
            <Col key={m} xs={24} sm={12} lg={8} xl={6}>
              <MonthGrid year={year} month={m} days={byDate} today={today} />
            </Col>
          ))}
        </Row>
      </Spin>
      <LoadCalendarModal
        open={importing}
        onClose={() => setImporting(false)}
        onLoaded={(result) => {
          for (const y of result.years) {
            message.success(
              t('loaded', {
                year: y.year,
                verb: t(y.replaced ? 'verbReplaced' : 'verbLoaded'),
                holidays: y.holidays,
                workdays: y.workdays,
              }),
            );
          }
          if (result.years[0]) setYear(result.years[0].year);
        }}
      />
    </Card>
  );
}
