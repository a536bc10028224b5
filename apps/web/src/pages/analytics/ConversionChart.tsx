import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type ReactElement } from 'react';
import type { Locale } from '../../api/types.ts';
import { formatNumber, formatPercent } from '../../i18n/localise.ts';

// Only the parts this chart uses, so the bundle stays small.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ConversionRow {
  name: string;
  entered: number;
  converted: number;
}

/** Entered and converted customers per playbook, as horizontal bars. */
export function ConversionChart({ rows, locale, labels }: { rows: ConversionRow[]; locale: Locale; labels: { entered: string; converted: string; rate: string } }): ReactElement {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    const ordered = [...rows].reverse();
    const css = getComputedStyle(document.documentElement);
    const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    chart.setOption({
      textStyle: { fontFamily: css.getPropertyValue('--font').trim() || 'sans-serif' },
      color: [color('--chart-1', '#c7d2fe'), color('--chart-2', '#4f46e5')],
      grid: { left: 8, right: 32, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, data: [labels.entered, labels.converted] },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const items = params as { dataIndex: number }[];
          const row = ordered[items[0]?.dataIndex ?? 0];
          if (!row) return '';
          const rate = row.entered > 0 ? formatPercent(row.converted / row.entered, locale) : '—';
          const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
          return `<strong>${escape(row.name)}</strong><br/>${escape(labels.entered)}: ${formatNumber(row.entered, locale)}<br/>${escape(labels.converted)}: ${formatNumber(row.converted, locale)}<br/>${escape(labels.rate)}: ${rate}`;
        },
      },
      xAxis: { type: 'value', splitLine: { lineStyle: { color: color('--border', '#e5e7eb') } }, axisLabel: { formatter: (v: number) => formatNumber(v, locale) } },
      yAxis: { type: 'category', data: ordered.map((r) => r.name), axisTick: { show: false }, axisLine: { show: false }, axisLabel: { width: 180, overflow: 'truncate' } },
      series: [
        { name: labels.entered, type: 'bar', data: ordered.map((r) => r.entered), barGap: '10%', barMaxWidth: 14 },
        { name: labels.converted, type: 'bar', data: ordered.map((r) => r.converted), barMaxWidth: 14 },
      ],
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [rows, locale, labels]);
  return <div ref={element} className="chart" style={{ height: Math.max(220, rows.length * 34 + 60) }} role="img" aria-label={labels.converted} />;
}
