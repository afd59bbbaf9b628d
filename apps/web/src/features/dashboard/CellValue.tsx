import type { IndicatorCell, IndicatorSummary, Locale } from '@lantern/domain';
import { Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { cellShown, formatValue } from './dashboard-data';

/** A value in words for its unit: "3,5 ngày" for a median of days, "45,2 %", "1.234". */
export function unitText(
  value: number,
  unit: IndicatorSummary['unit'],
  locale: Locale,
  t: TFunction,
): string {
  const number = formatValue(value, unit, locale);
  return unit === 'median_days' ? t('dashboard.days', { value: number }) : number;
}

/**
 * One figure of the dashboard. A suppressed cell reads "<k" to the eye and its reason to a screen reader, in a
 * muted italic so it never passes for a number; the legend beside the table explains the mark.
 */
export function CellValue({
  cell,
  unit,
  k,
  size,
  fw,
}: {
  cell: IndicatorCell | undefined;
  unit: IndicatorSummary['unit'];
  k: number;
  size?: string;
  fw?: number;
}) {
  const { t } = useTranslation();
  const shown = cellShown(cell);
  if (shown.kind === 'suppressed') {
    return (
      <Text component="span" size={size} fw={fw} fs="italic" c="dimmed" data-testid="suppressed-cell">
        {/* Kept left to right: in Arabic "<11" would otherwise turn into "11>". */}
        <span
          aria-hidden="true"
          dir="ltr"
          style={{ unicodeBidi: 'isolate' }}
          title={t('dashboard.suppression.cell', { k })}
        >
          {`<${k}`}
        </span>
        <VisuallyHidden>{t('dashboard.suppression.cell', { k })}</VisuallyHidden>
      </Text>
    );
  }
  const text = shown.kind === 'empty' ? '—' : unitText(shown.value, unit, currentLocale(), t);
  return (
    <Text component="span" size={size} fw={fw} dir="ltr" style={{ unicodeBidi: 'isolate' }}>
      {text}
    </Text>
  );
}
