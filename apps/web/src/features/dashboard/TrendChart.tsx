import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { TrendPoint } from './dashboard-data';

use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

/**
 * The indicator over time: bars for counts, a line otherwise. A suppressed or empty period is a gap, never a
 * zero. Hidden from screen readers: the table under it says the same. In Arabic time runs right to left.
 */
export function TrendChart({
  points,
  labels,
  count,
  rtl,
  valueText,
}: {
  points: readonly TrendPoint[];
  labels: readonly string[];
  count: boolean;
  rtl: boolean;
  valueText: (point: TrendPoint) => string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      color: ['#1c6bb0'],
      tooltip: {
        trigger: 'axis',
        formatter: (params: { dataIndex: number }[]) => {
          const index = params[0]?.dataIndex ?? 0;
          const point = points[index];
          return point ? `${labels[index]}: ${valueText(point)}` : '';
        },
      },
      grid: { top: 16, bottom: 32, left: rtl ? 12 : 48, right: rtl ? 48 : 12 },
      xAxis: { type: 'category', inverse: rtl, data: [...labels], axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left', minInterval: count ? 1 : 0 },
      series: [
        {
          type: count ? 'bar' : 'line',
          data: points.map((point) => point.value),
          connectNulls: false,
          symbolSize: 8,
          barMaxWidth: 28,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points, labels, count, rtl, valueText]);
  return (
    <div
      ref={container}
      dir="ltr"
      aria-hidden="true"
      data-testid="trend-chart"
      style={{ width: '100%', height: 260 }}
    />
  );
}
