import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, PieChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

// Only the parts the console draws, so a chart page's chunk stays small (echarts/core is tree-shaken).
use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** The chart options the console's charts may use: bars and pies, with grid, tooltip and legend. */
export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

interface Props {
  option: ChartOption;
  /** What the chart shows, read out by screen readers (the canvas itself says nothing). */
  label: string;
  height?: number;
  style?: CSSProperties;
}

/**
 * One ECharts chart that follows its container's width (a phone included) and is disposed with
 * the component. The data should also be shown as text or a table nearby; the chart is a picture.
 */
export function EChart({ option, label, height = 280, style }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  useEffect(() => {
    if (!host.current) return;
    const instance = init(host.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(host.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={host} role="img" aria-label={label} style={{ width: '100%', height, ...style }} />;
}
