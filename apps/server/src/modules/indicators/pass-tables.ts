import type { IndicatorDefinition, IndicatorDimension, IndicatorTable } from '@lantern/domain';
import type { IndicatorRequest, IndicatorRow } from './compile-indicator';
import type { IndicatorPass, PassPlan, PassRow } from './compile-pass';
import { indicatorTable } from './indicator-table';

const tablesCut = new WeakMap<IndicatorPass, Map<string, IndicatorTable>>();

/**
 * A member's table (national: suppressed), cut from the pass once and kept with it (it goes when the pass goes).
 */
export function tableFromPass(
  pass: IndicatorPass,
  definition: IndicatorDefinition,
  request: IndicatorRequest,
  scope: IndicatorTable['scope'],
): IndicatorTable {
  const cut = tablesCut.get(pass) ?? new Map<string, IndicatorTable>();
  tablesCut.set(pass, cut);
  const key = JSON.stringify([definition.code, request.by]);
  const kept = cut.get(key);
  if (kept) return kept;
  const rows = rowsFromPass(pass.plan, pass.rows, definition.code, request.by);
  const table = {
    ...indicatorTable(definition, request, rows),
    scope,
    computedAt: pass.computedAt,
  };
  cut.set(key, table);
  return table;
}

/** What a cell, a total or the grand total gathers of one member: sums, or a median's days with their counts. */
class Gathered {
  n = 0;
  numerator = 0;
  total = 0;
  readonly days = new Map<number, number>();

  add(n: number, numerator: number, total: number, days: number | undefined) {
    this.n += n;
    this.numerator += numerator;
    this.total += total;
    if (days !== undefined) this.days.set(days, (this.days.get(days) ?? 0) + n);
  }
}

/**
 * One member's table rows from the pass's cells, in the shape the single-table statement answers: its cells
 * (period and the row breakdowns × the column breakdown), row totals, column totals and the grand total, each
 * gathered from the cells it covers. A cell where no fact counted for this member is absent, as in that statement.
 */
export function rowsFromPass(
  plan: PassPlan,
  rows: readonly PassRow[],
  code: string,
  by: readonly IndicatorDimension[],
): IndicatorRow[] {
  const index = plan.members.findIndex((member) => member.code === code);
  const member = plan.members[index];
  if (!member) throw new Error(`${code} is not in the pass`);
  const column = (dimension: IndicatorDimension) => {
    const position = plan.dimensions.indexOf(dimension);
    if (position < 0) throw new Error(`the pass is not broken down by ${dimension}`);
    return `d${position}`;
  };
  const rowColumns = by.slice(0, -1).map(column);
  const lastDimension = by.at(-1);
  const columnColumn = lastDimension ? column(lastDimension) : undefined;
  const cells = new Map<string, { rowKey: string[]; columnKey: string; gathered: Gathered }>();
  const rowTotals = new Map<string, { rowKey: string[]; gathered: Gathered }>();
  const columnTotals = new Map<string, Gathered>();
  const grand = new Gathered();
  for (const row of rows) {
    const n = Number(row[`n${index}`] ?? 0);
    if (n === 0) continue;
    const numerator = Number(row[`x${index}`] ?? 0);
    const total = Number(row[`t${index}`] ?? 0);
    const days = plan.histogram ? Number(row.v) : undefined;
    const rowKey = [String(row.p), ...rowColumns.map((name) => String(row[name]))];
    const columnKey = columnColumn ? String(row[columnColumn]) : 'all';
    const rowId = JSON.stringify(rowKey);
    const cellId = `${rowId}\u0000${columnKey}`;
    const cell = cells.get(cellId) ?? { rowKey, columnKey, gathered: new Gathered() };
    cells.set(cellId, cell);
    const line = rowTotals.get(rowId) ?? { rowKey, gathered: new Gathered() };
    rowTotals.set(rowId, line);
    const columnTotal = columnTotals.get(columnKey) ?? new Gathered();
    columnTotals.set(columnKey, columnTotal);
    for (const into of [cell.gathered, line.gathered, columnTotal, grand])
      into.add(n, numerator, total, days);
  }
  const entry = (gathered: Gathered) => ({
    n: gathered.n,
    numerator: member.block.kind === 'ratio' ? gathered.numerator : null,
    value:
      member.block.kind === 'mean' && gathered.n > 0
        ? gathered.total / gathered.n
        : member.block.kind === 'median_days'
          ? median(gathered.days, gathered.n)
          : null,
  });
  return [
    ...[...cells.values()].map((cell) => ({
      row_key: cell.rowKey,
      column_key: cell.columnKey,
      rolled_row: 0,
      rolled_column: 0,
      ...entry(cell.gathered),
    })),
    ...[...rowTotals.values()].map((line) => ({
      row_key: line.rowKey,
      column_key: null,
      rolled_row: 0,
      rolled_column: 1,
      ...entry(line.gathered),
    })),
    ...[...columnTotals.entries()].map(([columnKey, gathered]) => ({
      row_key: null,
      column_key: columnKey,
      rolled_row: 1,
      rolled_column: 0,
      ...entry(gathered),
    })),
    { row_key: null, column_key: null, rolled_row: 1, rolled_column: 1, ...entry(grand) },
  ];
}

/**
 * The median of `n` values given as value → how many, as PostgreSQL's percentile_cont(0.5) gives it: the value
 * at position (n − 1) / 2 of the sorted values, halfway between the two middle ones when n is even.
 */
export function median(days: ReadonlyMap<number, number>, n: number): number | null {
  if (n === 0) return null;
  const position = (n - 1) / 2;
  const [below, above] = [Math.floor(position), Math.ceil(position)];
  let seen = 0;
  let low: number | undefined;
  for (const [value, count] of [...days.entries()].sort(([a], [b]) => a - b)) {
    seen += count;
    if (low === undefined && below < seen) low = value;
    if (above < seen) return (low ?? value) + (value - (low ?? value)) * (position - below);
  }
  return null;
}
