// Extracts the picklists of the HTCDS v2.0 field standards sheet (text export) so that the domain tests
// can compare Lantern's vocabularies with the standard without the shared reference folder.
import { readFileSync } from 'node:fs';

const COLUMNS = [
  'section',
  'status',
  'core',
  'prefix',
  'name',
  'label',
  'field',
  'type',
  'salesforce',
  'values',
  'labels',
  'description',
  'notes',
];

// Items are separated by " / " (a bare "/" belongs to a label: "Threatens children/family"); the cells
// are trimmed, so a trailing separator has lost its final space.
const splitList = (cell) => `${cell} `.split(' / ').map((item) => item.trim());

export function deriveHtcdsPicklists(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const fields = [];
  for (const line of lines) {
    if (!line.startsWith(' | ')) continue;
    const cells = line.split(' | ').map((cell) => cell.trim());
    const row = Object.fromEntries(COLUMNS.map((column, index) => [column, cells[index] ?? '']));
    if (!/picklist/i.test(row.type) || row.values === '' || /^use iso/i.test(row.values)) continue;
    const values = splitList(row.values);
    const labels = splitList(row.labels);
    // The support-plan type list ends with " / " and an empty value; an empty code cannot be stored.
    const emptyDropped = values.filter((value) => value === '').length;
    const keptValues = values.filter((value) => value !== '');
    const keptLabels = labels.filter((label) => label !== '');
    if (keptValues.length !== keptLabels.length) {
      throw new Error(`${row.field}: ${keptValues.length} values but ${keptLabels.length} labels`);
    }
    fields.push({
      field: row.field,
      status: row.status,
      values: keptValues,
      labels: keptLabels,
      ...(emptyDropped > 0 ? { emptyValuesDropped: emptyDropped } : {}),
    });
  }
  if (fields.length === 0) throw new Error(`no picklists found in ${file}`);
  return {
    source:
      'Human Trafficking Case Data Standard v2.0, field standards sheet (UNMigration/HTCDS, IOM and partners)',
    licence: 'CC BY 4.0',
    fields,
  };
}
