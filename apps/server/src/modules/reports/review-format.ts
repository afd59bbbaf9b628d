import { type Locale, translate } from '@lantern/domain';
import type { ReviewFigures, ReviewLine, ReviewValue } from './review-figures';

/** Labels of the report in its language. */
export const reportText = (locale: Locale, key: string, params: Record<string, string | number> = {}) =>
  translate(locale, `reports.document.${key}`, params);

/** Numbers as the language writes them: 1.234,5 in Vietnamese, 1,234.5 in English and Arabic. */
export function numberFormat(locale: Locale): (value: number) => string {
  const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

/** The last year's actual value as a share of the target, when both are known and the target is not 0. */
export function shareOfTarget(line: ReviewLine): number | null {
  const last = line.values.at(-1);
  if (last?.kind !== 'value' || last.value === null) return null;
  if (line.target === null || line.target <= 0) return null;
  return Math.round((1000 * last.value) / line.target) / 10;
}

/** The lines a chart can draw: an actual value and a target. */
export function chartLines(figures: ReviewFigures): { line: ReviewLine; share: number }[] {
  return figures.groups.flatMap(({ lines }) =>
    lines.flatMap((line) => {
      const share = shareOfTarget(line);
      return share === null ? [] : [{ line, share }];
    }),
  );
}

export function anySuppressed(figures: ReviewFigures): boolean {
  return figures.groups.some(({ lines }) =>
    lines.some((line) => line.values.some((value: ReviewValue) => value.kind === 'suppressed')),
  );
}
