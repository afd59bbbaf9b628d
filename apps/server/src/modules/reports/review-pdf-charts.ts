import type { Locale } from '@lantern/domain';
import { rightToLeftText, type TextStyle } from '../../lib/rtl-text';
import type { ReviewFigures } from './review-figures';
import { chartLines } from './review-format';

const BAR_WIDTH = 260;
/** Bars stop at 150 % of the target: beyond it the length says nothing more, and the label tells the number. */
const BAR_CEILING = 150;
/** The indicator every report also charts year by year. */
const YEAR_CHART_INDICATOR = 'persons_received';

export type Text = (key: string, params?: Record<string, string | number>) => string;
export type Writing = ReturnType<typeof writingFor>;

/**
 * How the document writes: left to right, text as pdfmake takes it; right to left (Arabic), text broken into
 * lines and reordered for drawing at the width it is given, and bars that grow from the right.
 */
export function writingFor(locale: Locale, page: number) {
  const rtl = locale === 'ar';
  return {
    rtl,
    page,
    say: (value: string, width: number, style: TextStyle) =>
      rtl ? rightToLeftText(value, width, style) : value,
    /** Columns of a chart row, left to right: label, bar and value, their order reversed right to left. */
    row: <T>(columns: T[]) => (rtl ? [...columns].reverse() : columns),
    /** A bar from `x` to `x + w` along the track, mirrored right to left. */
    x: (x: number, w = 0) => (rtl ? BAR_WIDTH - x - w : x),
  };
}

export function chart(
  figures: ReviewFigures,
  writing: Writing,
  text: Text,
  number: (value: number) => string,
) {
  const { rtl, say, row, x } = writing;
  const { toYear, targetYear } = figures.periods;
  const title = {
    text: say(text('chartTitle', { year: toYear, target: targetYear }), writing.page, {
      fontSize: 11,
      bold: true,
    }),
    style: 'heading',
    pageBreak: 'before',
    ...(rtl ? { alignment: 'right' } : {}),
  };
  const lines = chartLines(figures);
  if (lines.length === 0)
    return [
      title,
      {
        text: say(text('chartEmpty'), writing.page, { fontSize: 9 }),
        ...(rtl ? { alignment: 'right' } : {}),
      },
    ];
  const targetAt = (100 / BAR_CEILING) * BAR_WIDTH;
  return [
    title,
    ...lines.map(({ line, share }) => {
      const length = (Math.min(share, BAR_CEILING) / BAR_CEILING) * BAR_WIDTH;
      return {
        columns: row([
          rtl
            ? { text: say(line.name, 180, { fontSize: 8 }), width: 180, fontSize: 8, alignment: 'right' }
            : { text: line.name, width: 180, fontSize: 8 },
          {
            width: BAR_WIDTH + 8,
            canvas: [
              { type: 'rect', x: 0, y: 1, w: BAR_WIDTH, h: 12, color: '#eef2f6' },
              {
                type: 'rect',
                x: x(0, length),
                y: 1,
                w: length,
                h: 12,
                color: share >= 100 ? '#2f7d4f' : '#3b6ea5',
              },
              // The target: a dark line at 100 %.
              {
                type: 'line',
                x1: x(targetAt),
                y1: -1,
                x2: x(targetAt),
                y2: 15,
                lineWidth: 1.5,
                lineColor: '#222222',
              },
            ],
          },
          rtl
            ? {
                text: say(`${number(share)} %`, 100, { fontSize: 8 }),
                width: '*',
                fontSize: 8,
                alignment: 'right',
              }
            : { text: `${number(share)} %`, width: 'auto', fontSize: 8 },
        ]),
        columnGap: 6,
        margin: [0, 3, 0, 3],
      };
    }),
  ];
}

/** The persons received, year by year: a chart every report has, with or without targets. */
export function yearChart(
  figures: ReviewFigures,
  writing: Writing,
  text: Text,
  number: (value: number) => string,
) {
  const { rtl, say, row, x } = writing;
  const line = figures.groups
    .flatMap(({ lines }) => lines)
    .find((entry) => entry.code === YEAR_CHART_INDICATOR);
  if (!line?.evaluable) return [];
  const largest = Math.max(
    1,
    ...line.values.map((value) => (value.kind === 'value' ? (value.value ?? 0) : 0)),
  );
  return [
    {
      text: say(line.name, writing.page, { fontSize: 11, bold: true }),
      style: 'heading',
      ...(rtl ? { alignment: 'right' } : {}),
    },
    ...line.values.map((value, index) => {
      const shown = value.kind === 'value' ? (value.value ?? 0) : 0;
      const length = (shown / largest) * BAR_WIDTH;
      const label = value.kind === 'suppressed' ? text('suppressed', { k: figures.k }) : number(shown);
      return {
        columns: row([
          {
            text: String(figures.years[index]),
            width: 40,
            fontSize: 8,
            ...(rtl ? { alignment: 'right' } : {}),
          },
          {
            width: BAR_WIDTH + 8,
            canvas: [
              { type: 'rect', x: 0, y: 1, w: BAR_WIDTH, h: 12, color: '#eef2f6' },
              { type: 'rect', x: x(0, length), y: 1, w: length, h: 12, color: '#3b6ea5' },
            ],
          },
          rtl
            ? { text: say(label, 100, { fontSize: 8 }), width: '*', fontSize: 8, alignment: 'right' }
            : { text: label, width: 'auto', fontSize: 8 },
        ]),
        columnGap: 6,
        margin: [0, 3, 0, 3],
      };
    }),
  ];
}
