import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ScoreSeriesData } from './score-series';

// Only the pieces a line chart needs, so this lazy chunk stays small; it is never in the first screen.
use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// Distinct in hue and lightness, so lines differ without colour alone: each also has its own symbol.
const colours = ['#1c6bb0', '#b35c00', '#6b3fa0', '#1a1a1a'];
const symbols = ['circle', 'rect', 'triangle', 'diamond'];

/**
 * The scores over the visits as lines (0–1). The drawing is hidden from screen readers: the table beside it
 * (ScoreTable) says the same in text. In Arabic the time axis runs right to left and the value axis stands
 * on the right, as a reader of the page expects.
 */
export function ScoreChart({
  data,
  visitLabel,
  rtl,
}: {
  data: ScoreSeriesData;
  visitLabel: (months: number) => string;
  rtl: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      color: colours,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? value.toFixed(2) : ''),
      },
      // Left and right both set: the legend wraps onto a second line on a phone instead of running off.
      legend: { top: 0, left: 0, right: 0, itemGap: 12 },
      grid: { top: 72, bottom: 32, left: rtl ? 16 : 40, right: rtl ? 40 : 16 },
      xAxis: {
        type: 'category',
        inverse: rtl,
        data: data.visits.map((visit) => visitLabel(visit.months)),
        axisLabel: { hideOverlap: true },
      },
      yAxis: { type: 'value', min: 0, max: 1, interval: 0.25, position: rtl ? 'right' : 'left' },
      series: data.series.map((entry, index) => ({
        type: 'line',
        name: entry.label,
        data: entry.values,
        connectNulls: false,
        symbol: symbols[index % symbols.length],
        symbolSize: 9,
        lineStyle: {
          width: entry.id === 'composite' ? 3 : 2,
          type: entry.id === 'composite' ? 'solid' : 'dashed',
        },
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data, visitLabel, rtl]);
  // dir="ltr": ECharts lays out its SVG text for a left-to-right box (Arabic words still read right to left);
  // the mirroring is done by the axes above, not inherited from the document.
  return (
    <div
      ref={container}
      dir="ltr"
      aria-hidden="true"
      data-testid="reintegration-chart"
      style={{ width: '100%', height: 280 }}
    />
  );
}
