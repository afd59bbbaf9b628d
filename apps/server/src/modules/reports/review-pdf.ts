import type { Locale } from '@lantern/domain';
import { pdfmake } from '../../lib/pdf-engine';
import { type TextStyle, textWidth } from '../../lib/rtl-text';
import type { ReviewFigures, ReviewLine } from './review-figures';
import { anySuppressed, numberFormat, reportText, shareOfTarget } from './review-format';
import { chart, writingFor, yearChart } from './review-pdf-charts';

/**
 * The review report as a PDF: title, scope, one table per indicator group (actual value by year, the target and
 * the last year as a share of it) and a bar chart of that share drawn as vectors. Vietnamese and English are set
 * in pdfmake's Roboto. Arabic is set right to left: pdfmake neither reorders right-to-left text nor breaks its
 * lines in reading order, so each Arabic paragraph is broken into lines and reordered here (rtl-text.ts), Arabic
 * words in IBM Plex Sans Arabic and digits and Latin in Roboto; tables read from the right (the indicator in the
 * rightmost column) and the bars grow from the right.
 */
export function renderReviewPdf(figures: ReviewFigures): Promise<Buffer> {
  return pdfmake().createPdf(reviewDocument(figures, figures.language)).getBuffer();
}

/** The table layout 'lightHorizontalLines' pads each column 8 points on its inner sides. */
const COLUMN_PADDING = 16;

export function reviewDocument(figures: ReviewFigures, locale: Locale) {
  const text = (key: string, params: Record<string, string | number> = {}) => reportText(locale, key, params);
  const number = numberFormat(locale);
  const { fromYear, toYear, targetYear } = figures.periods;
  const landscape = figures.years.length > 4;
  const writing = writingFor(locale, (landscape ? 841.89 : 595.28) - 80);
  const { rtl, say, page } = writing;
  const right = rtl ? { alignment: 'right' } : {};
  const cellOf = (line: ReviewLine, index: number): { text: string; italics?: boolean } => {
    const value = line.values[index];
    if (!value) return { text: '' };
    if (value.kind === 'suppressed') return { text: text('suppressed', { k: figures.k }), italics: true };
    return { text: value.value === null ? '—' : number(value.value) };
  };
  const tables = figures.groups.flatMap(({ group, lines }) => {
    const header = [
      text('indicator'),
      text('unit'),
      ...figures.years.map(String),
      text('target', { year: targetYear }),
      `${toYear} / ${targetYear}`,
    ];
    const rows = lines.map((line) => {
      const share = shareOfTarget(line);
      return [
        { text: text(`units.${line.unit}`) },
        ...figures.years.map((_, index) => cellOf(line, index)),
        { text: line.target === null ? '—' : number(line.target) },
        { text: share === null ? '—' : `${number(share)} %` },
      ];
    });
    // Right to left, every column gets a width measured here: the indicator's must be known to break its lines.
    const measured = header
      .slice(1)
      .map((label, column) =>
        rtl
          ? 2 +
            Math.max(
              textWidth(label, { fontSize: 8, bold: true }),
              ...rows.map((cells) =>
                textWidth(cells[column]?.text ?? '', { fontSize: 8, italics: cells[column]?.italics }),
              ),
            )
          : 0,
      );
    const rest = page - measured.reduce((sum, each) => sum + each + COLUMN_PADDING, 0);
    const widths = rtl
      ? [rest, ...measured]
      : ['*', 'auto', ...figures.years.map(() => 'auto'), 'auto', 'auto'];
    const nameWidth = Number(widths[0]);
    const body = [
      header.map((label, column) => ({
        text: say(label, Number(widths[column]), { fontSize: 8, bold: true }),
        bold: true,
        fillColor: '#eef2f6',
        ...right,
      })),
      ...lines.map((line, index) => {
        const [unit, ...numbers] = rows[index] ?? [];
        const note = text(line.nationalOnly ? 'nationalOnly' : 'notEvaluable');
        const name =
          line.evaluable && !line.nationalOnly
            ? rtl
              ? { text: say(line.name, nameWidth, { fontSize: 8 }), ...right }
              : line.name
            : rtl
              ? {
                  stack: [
                    { text: say(line.name, nameWidth, { fontSize: 8 }) },
                    { text: say(note, nameWidth, { fontSize: 7 }), fontSize: 7 },
                  ],
                  ...right,
                }
              : { text: [line.name, { text: `\n${note}`, fontSize: 7 }] };
        return [
          name,
          rtl ? { text: say(unit?.text ?? '', Number(widths[1]), { fontSize: 8 }), ...right } : unit?.text,
          ...numbers.map((cell, column) => ({
            text: rtl
              ? say(cell.text, Number(widths[column + 2]), { fontSize: 8, italics: cell.italics })
              : cell.text,
            ...(cell.italics ? { italics: true } : {}),
            alignment: 'right',
          })),
        ];
      }),
    ];
    return [
      { text: say(text(`group.${group}`), page, { fontSize: 11, bold: true }), style: 'heading', ...right },
      {
        table: {
          headerRows: 1,
          widths: rtl ? widths.reverse() : widths,
          body: rtl ? body.map((row) => row.reverse()) : body,
        },
        layout: 'lightHorizontalLines',
        fontSize: 8,
      },
    ];
  });
  const centred = (value: string, style: TextStyle) => say(value, page, style);
  return {
    info: { title: text('title') },
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [40, 40, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: { heading: { fontSize: 11, bold: true, margin: [0, 14, 0, 6] } },
    footer: (page: number, pages: number) => ({
      text: `${page}/${pages}`,
      alignment: rtl ? 'left' : 'right',
      fontSize: 8,
      margin: [40, 16, 40, 0],
    }),
    content: [
      {
        text: centred(text('title'), { fontSize: 14, bold: true }),
        fontSize: 14,
        bold: true,
        alignment: 'center',
      },
      {
        text: centred(text('subtitle', { from: fromYear, to: toYear, target: targetYear }), { fontSize: 9 }),
        alignment: 'center',
      },
      {
        text: centred(
          figures.scope === 'national' ? text('scopeNational', { k: figures.k }) : text('scopeOwn'),
          {
            fontSize: 9,
          },
        ),
        alignment: 'center',
        margin: [0, 4, 0, 0],
      },
      {
        text: centred(text('generated', { day: figures.producedOn.split('-').reverse().join('/') }), {
          fontSize: 9,
        }),
        alignment: 'center',
      },
      ...tables,
      ...(anySuppressed(figures)
        ? [
            {
              text: say(text('suppressedNote', { k: figures.k }), page, { fontSize: 8 }),
              fontSize: 8,
              margin: [0, 8, 0, 0],
              ...right,
            },
          ]
        : []),
      ...chart(figures, writing, text, number),
      ...yearChart(figures, writing, text, number),
    ],
  };
}
