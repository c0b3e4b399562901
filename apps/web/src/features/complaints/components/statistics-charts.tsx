import type { ComplaintStatistics } from '@jiandu/contracts/complaints';
import { Card, Col, Grid, Row } from 'antd';
import { useMemo } from 'react';
import { type ChartOption, EChart } from '../../../components/charts/echart.tsx';
import { categoryLabel, channelLabel, ratingLabel } from '../labels.ts';
import { t } from '../locale-statistics.ts';

const BLUE = '#1f5fbf';
const GREEN = '#389e0d';
const RED = '#cf1322';
const RATING_COLOURS = { satisfied: GREEN, basically: BLUE, unsatisfied: RED } as const;

/** Horizontal bars, largest at the top, each labelled with its count. */
function bars(rows: { name: string; value: number }[], labelWidth: number): ChartOption {
  const sorted = [...rows].sort((a, b) => a.value - b.value);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: sorted.map((r) => r.name),
      axisLabel: { width: labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: sorted.map((r) => r.value),
        itemStyle: { color: BLUE },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** On time and late, stacked, for the acceptance decision and for the answer. */
function timeliness(s: ComplaintStatistics): ChartOption {
  const tl = s.timeliness;
  const stage = [t('acceptStage'), t('answerStage')];
  const series = (name: string, data: number[], color: string) => ({
    name,
    type: 'bar' as const,
    stack: 'all',
    data,
    itemStyle: { color },
    label: {
      show: true,
      formatter: ({ value }: { value: unknown }) => (Number(value) > 0 ? String(value) : ''),
    },
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: stage },
    series: [
      series(t('onTime'), [tl.acceptedOnTime, tl.answeredOnTime], GREEN),
      series(t('late'), [tl.acceptedLate, tl.answeredLate], RED),
    ],
  };
}

/** The ratings as a ring, coloured from satisfied (green) to unsatisfied (red). */
function ratings(s: ComplaintStatistics): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: s.satisfaction.byRating.map((r) => ({
          name: ratingLabel(r.rating),
          value: r.total,
          itemStyle: { color: RATING_COLOURS[r.rating] },
        })),
      },
    ],
  };
}

/** The four charts: by channel, by category, timeliness and satisfaction; two abreast on a wide screen. */
export function StatisticsCharts({ s }: { s: ComplaintStatistics }) {
  // A phone leaves the bars little room beside long category names: they are cut sooner there.
  const labelWidth = Grid.useBreakpoint().sm === false ? 90 : 150;
  // Built again only when the figures change, so a re-render does not redraw (and re-animate) them.
  const charts = useMemo(
    () => [
      {
        key: 'channel',
        title: t('byChannel'),
        label: t('byChannelLabel'),
        option: bars(
          s.byChannel.map((r) => ({ name: channelLabel(r.channel), value: r.total })),
          labelWidth,
        ),
      },
      {
        key: 'category',
        title: t('byCategory'),
        label: t('byCategoryLabel'),
        option: bars(
          s.byCategory.map((r) => ({ name: categoryLabel(r.category), value: r.total })),
          labelWidth,
        ),
      },
      { key: 'timeliness', title: t('timeliness'), label: t('timelinessLabel'), option: timeliness(s) },
      { key: 'ratings', title: t('ratings'), label: t('ratingsLabel'), option: ratings(s) },
    ],
    [s, labelWidth],
  );
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {charts.map((c) => (
        <Col key={c.key} xs={24} xl={12}>
          <Card size="small" title={c.title} data-testid={`chart-${c.key}`}>
            <EChart option={c.option} label={c.label} height={260} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
