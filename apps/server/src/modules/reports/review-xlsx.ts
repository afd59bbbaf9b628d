import { translate } from '@lantern/domain';
import type { ReviewFigures } from './review-figures';
import { anySuppressed, reportText, shareOfTarget } from './review-format';

/**
 * The review report as a workbook: one sheet per indicator group, numbers stored as numbers (so analysts can
 * compute with them), a suppressed value as the text "<11" with a note saying why. Arabic sheets read right to
 * left.
 */
export async function renderReviewXlsx(figures: ReviewFigures): Promise<Buffer> {
  const locale = figures.language;
  const text = (key: string, params: Record<string, string | number> = {}) => reportText(locale, key, params);
  const { toYear, targetYear } = figures.periods;
  // Loaded when a workbook is made, not at start-up: ExcelJS and its dependencies take a third of a second.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lantern';
  workbook.created = new Date(`${figures.producedOn}T00:00:00Z`);
  const suppressedNote = text('suppressedNote', { k: figures.k });
  for (const { group, lines } of figures.groups) {
    const sheet = workbook.addWorksheet(text(`group.${group}`).slice(0, 31), {
      views: [{ rightToLeft: locale === 'ar', state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = [
      { header: text('indicator'), width: 48 },
      { header: text('unit'), width: 16 },
      ...figures.years.map((year) => ({ header: String(year), width: 10 })),
      { header: text('target', { year: targetYear }), width: 14 },
      { header: `${toYear} / ${targetYear} (%)`, width: 14 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const line of lines) {
      const row = sheet.addRow([
        line.name,
        text(`units.${line.unit}`),
        ...line.values.map((value) =>
          value.kind === 'suppressed' ? text('suppressed', { k: figures.k }) : value.value,
        ),
        line.target,
        shareOfTarget(line),
      ]);
      line.values.forEach((value, index) => {
        if (value.kind === 'suppressed') row.getCell(3 + index).note = suppressedNote;
      });
      if (!line.evaluable) row.getCell(1).note = text('notEvaluable');
      else if (line.nationalOnly) row.getCell(1).note = text('nationalOnly');
    }
    if (anySuppressed(figures)) sheet.addRow([]).commit();
    if (anySuppressed(figures)) sheet.addRow([suppressedNote]);
  }
  const scope = figures.scope === 'national' ? text('scopeNational', { k: figures.k }) : text('scopeOwn');
  workbook.title = `${text('title')} — ${scope}`;
  workbook.subject = translate(locale, 'reports.periods', {
    from: figures.periods.fromYear,
    to: toYear,
    target: targetYear,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
