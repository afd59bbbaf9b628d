import type { IndicatorCell, IndicatorSummary } from '@lantern/domain';
import { Group, Text } from '@mantine/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, registerMap, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cellShown, mapMaximum } from './dashboard-data';
import { provinceBoundaries, provinceNames } from './provinces';

use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);
// biome-ignore lint/suspicious/noExplicitAny: ECharts types its GeoJSON input loosely; the file is ours.
registerMap('vn-provinces-34', provinceBoundaries as any);

// A single-hue ramp (light to dark blue) readable by colour-blind readers; hidden provinces are hatched grey.
const RAMP = ['#e3eef9', '#9cc3e6', '#4a8fcc', '#1c6bb0', '#0f3a63'];
const NO_DATA = '#f1f3f5';
const HIDDEN = '#ced4da';

/**
 * The choropleth of the 34 provinces. The drawing is an image to assistive technology, named by its label;
 * the province table beside it carries the same figures as text. Geography is not mirrored in Arabic.
 */
export function ProvinceMap({
  cells,
  unit,
  k,
  label,
  valueText,
}: {
  cells: ReadonlyMap<string, IndicatorCell>;
  unit: IndicatorSummary['unit'];
  k: number;
  label: string;
  valueText: (cell: IndicatorCell | undefined) => string;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    const data = [...provinceNames.keys()].map((code) => {
      const cell = cells.get(code) ?? (unit === 'count' ? { value: 0, status: 'shown' as const } : undefined);
      const shown = cellShown(cell);
      const hidden = shown.kind === 'suppressed';
      return {
        name: code,
        value: shown.kind === 'value' ? shown.value : Number.NaN,
        text: valueText(cell),
        ...(hidden
          ? {
              itemStyle: {
                areaColor: HIDDEN,
                decal: {
                  symbol: 'rect',
                  dashArrayX: [1, 0],
                  dashArrayY: [2, 4],
                  rotation: 0.8,
                  color: '#868e96',
                },
              },
            }
          : {}),
      };
    });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      tooltip: {
        trigger: 'item',
        formatter: (params: { name: string; data?: { text?: string } }) =>
          `${provinceNames.get(params.name) ?? params.name}: ${params.data?.text ?? '—'}`,
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: mapMaximum(cells),
        inRange: { color: RAMP },
        text: [t('dashboard.map.high'), t('dashboard.map.low')],
        calculable: false,
        left: 8,
        bottom: 8,
        itemHeight: 100,
      },
      series: [
        {
          type: 'map',
          map: 'vn-provinces-34',
          nameProperty: 'code',
          roam: false,
          aspectScale: 0.95,
          top: 8,
          bottom: 8,
          itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f5c26b' } },
          select: { disabled: true },
          data,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [cells, unit, valueText, t]);
  return (
    <div>
      <div role="img" aria-label={label} data-testid="province-map">
        <div
          ref={container}
          dir="ltr"
          aria-hidden="true"
          style={{ width: '100%', height: 'min(560px, 105vw)' }}
        />
      </div>
      <Group gap={6} mt={4} aria-hidden="true">
        <span
          style={{
            display: 'inline-block',
            width: 16,
            height: 12,
            background: `repeating-linear-gradient(45deg, ${HIDDEN}, ${HIDDEN} 3px, #868e96 3px, #868e96 4px)`,
          }}
        />
        <Text size="xs">
          {`${t('dashboard.map.suppressed')} `}
          <span dir="ltr" style={{ unicodeBidi: 'isolate' }}>{`(<${k})`}</span>
        </Text>
      </Group>
    </div>
  );
}
