import type { Locale } from '@lantern/domain';
import { pdfmake } from '../../lib/pdf-engine';
import type { ReviewFigures, ReviewLine } from './review-figures';
import { anySuppressed, chartLines, numberFormat, reportText, shareOfTarget } from './review-format';

const BAR_WIDTH = 260;
/** Bars stop at 150 % of the target: beyond it the length says nothing more, and the label tells the number. */
const BAR_CEILING = 150;
/** The indicator every report also charts year by year. */
const YEAR_CHART_INDICATOR = 'persons_received';

/**
 * The review report as a PDF: title, scope, one table per indicator group (actual value by year, the target and
 * the last year as a share of it) and a bar chart of that share drawn as vectors. pdfmake's Roboto covers
 * Vietnamese but has no Arabic glyphs (nor does pdfmake shape right-to-left text), so a report asked for in
 * Arabic is written in English in its PDF, and in Arabic in its workbook.
 */
export function renderReviewPdf(figures: ReviewFigures): Promise<Buffer> {
  const locale: Locale = figures.language === 'ar' ? 'en' : figures.language;
  return pdfmake().createPdf(reviewDocument(figures, locale)).getBuffer();
}

export function reviewDocument(figures: ReviewFigures, locale: Locale) {
  const text = (key: string, params: Record<string, string | number> = {}) => reportText(locale, key, params);
  const number = numberFormat(locale);
  const { fromYear, toYear, targetYear } = figures.periods;
  const cellOf = (line: ReviewLine, index: number) => {
    const value = line.values[index];
    if (!value) return '';
    if (value.kind === 'suppressed') return { text: text('suppressed', { k: figures.k }), italics: true };
    return value.value === null ? '—' : number(value.value);
  };
  const tables = figures.groups.flatMap(({ group, lines }) => [
    { text: text(`group.${group}`), style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 'auto', ...figures.years.map(() => 'auto'), 'auto', 'auto'],
        body: [
          [
            text('indicator'),
            text('unit'),
            ...figures.years.map(String),
            text('target', { year: targetYear }),
            `${toYear} / ${targetYear}`,
          ].map((label) => ({ text: label, bold: true, fillColor: '#eef2f6' })),
          ...lines.map((line) => {
            const share = shareOfTarget(line);
            return [
              line.evaluable && !line.nationalOnly
                ? line.name
                : {
                    text: [
                      line.name,
                      { text: `\n${text(line.nationalOnly ? 'nationalOnly' : 'notEvaluable')}`, fontSize: 7 },
                    ],
                  },
              text(`units.${line.unit}`),
              ...figures.years.map((_, index) => ({ text: cellOf(line, index), alignment: 'right' })),
              { text: line.target === null ? '—' : number(line.target), alignment: 'right' },
              { text: share === null ? '—' : `${number(share)} %`, alignment: 'right' },
            ];
          }),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
    },
  ]);
  return {
    info: { title: text('title') },
    pageSize: 'A4',
    pageOrientation: figures.years.length > 4 ? 'landscape' : 'portrait',
    pageMargins: [40, 40, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: { heading: { fontSize: 11, bold: true, margin: [0, 14, 0, 6] } },
    footer: (page: number, pages: number) => ({
      text: `${page}/${pages}`,
      alignment: 'right',
      fontSize: 8,
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: text('title'), fontSize: 14, bold: true, alignment: 'center' },
      { text: text('subtitle', { from: fromYear, to: toYear, target: targetYear }), alignment: 'center' },
      {
        text: figures.scope === 'national' ? text('scopeNational', { k: figures.k }) : text('scopeOwn'),
        alignment: 'center',
        margin: [0, 4, 0, 0],
      },
      {
        text: text('generated', { day: figures.producedOn.split('-').reverse().join('/') }),
        alignment: 'center',
      },
      ...tables,
      ...(anySuppressed(figures)
        ? [{ text: text('suppressedNote', { k: figures.k }), fontSize: 8, margin: [0, 8, 0, 0] }]
        : []),
      ...chart(figures, text, number),
      ...yearChart(figures, text, number),
    ],
  };
}

function chart(
  figures: ReviewFigures,
  text: (key: string, params?: Record<string, string | number>) => string,
  number: (value: number) => string,
) {
  const { toYear, targetYear } = figures.periods;
  const title = {
    text: text('chartTitle', { year: toYear, target: targetYear }),
    style: 'heading',
    pageBreak: 'before',
  };
  const lines = chartLines(figures);
  if (lines.length === 0) return [title, { text: text('chartEmpty') }];
  const targetAt = (100 / BAR_CEILING) * BAR_WIDTH;
  return [
    title,
    ...lines.map(({ line, share }) => ({
      columns: [
        { text: line.name, width: 180, fontSize: 8 },
        {
          width: BAR_WIDTH + 8,
          canvas: [
            { type: 'rect', x: 0, y: 1, w: BAR_WIDTH, h: 12, color: '#eef2f6' },
            {
              type: 'rect',
              x: 0,
              y: 1,
              w: (Math.min(share, BAR_CEILING) / BAR_CEILING) * BAR_WIDTH,
              h: 12,
              color: share >= 100 ? '#2f7d4f' : '#3b6ea5',
            },
            // The target: a dark line at 100 %.
            {
              type: 'line',
              x1: targetAt,
              y1: -1,
              x2: targetAt,
              y2: 15,
              lineWidth: 1.5,
              lineColor: '#222222',
            },
          ],
        },
        { text: `${number(share)} %`, width: 'auto', fontSize: 8 },
      ],
      columnGap: 6,
      margin: [0, 3, 0, 3],
    })),
  ];
}

/** The persons received, year by year: a chart every report has, with or without targets. */
function yearChart(
  figures: ReviewFigures,
  text: (key: string, params?: Record<string, string | number>) => string,
  number: (value: number) => string,
) {
  const line = figures.groups
    .flatMap(({ lines }) => lines)
    .find((entry) => entry.code === YEAR_CHART_INDICATOR);
  if (!line?.evaluable) return [];
  const largest = Math.max(
    1,
    ...line.values.map((value) => (value.kind === 'value' ? (value.value ?? 0) : 0)),
  );
  return [
    { text: line.name, style: 'heading' },
    ...line.values.map((value, index) => {
      const shown = value.kind === 'value' ? (value.value ?? 0) : 0;
      return {
        columns: [
          { text: String(figures.years[index]), width: 40, fontSize: 8 },
          {
            width: BAR_WIDTH + 8,
            canvas: [
              { type: 'rect', x: 0, y: 1, w: BAR_WIDTH, h: 12, color: '#eef2f6' },
              { type: 'rect', x: 0, y: 1, w: (shown / largest) * BAR_WIDTH, h: 12, color: '#3b6ea5' },
            ],
          },
          {
            text: value.kind === 'suppressed' ? text('suppressed', { k: figures.k }) : number(shown),
            width: 'auto',
            fontSize: 8,
          },
        ],
        columnGap: 6,
        margin: [0, 3, 0, 3],
      };
    }),
  ];
}
