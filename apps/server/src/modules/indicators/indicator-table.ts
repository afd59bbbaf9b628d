import {
  type CountTable,
  DEFAULT_SUPPRESSION_K,
  type EntryStatus,
  type ExtendedGrid,
  type IndicatorCell,
  type IndicatorDefinition,
  type IndicatorTable,
  suppressCounts,
  suppressRatios,
} from '@lantern/domain';
import type { IndicatorRequest, IndicatorRow } from './compile-indicator';

interface Entry {
  n: number;
  numerator: number | null;
  value: number | null;
}
const empty: Entry = { n: 0, numerator: 0, value: null };

/**
 * Lays the query's rows out as a table (rows: period and all breakdowns but the last; columns: the last) and,
 * for the national scope, passes it through the suppression rule of the domain: a suppressed entry carries no
 * number at all. A combination absent from the data is a 0 (a count) or has no value (a median or a mean).
 */
export function indicatorTable(
  definition: IndicatorDefinition,
  request: IndicatorRequest,
  rows: readonly IndicatorRow[],
): Omit<IndicatorTable, 'scope' | 'computedAt'> {
  const cells = new Map<string, Entry>();
  const rowTotals = new Map<string, Entry>();
  const columnTotals = new Map<string, Entry>();
  const rowKeys = new Map<string, string[]>();
  const columnKeys = new Set<string>();
  let grand: Entry = empty;
  for (const row of rows) {
    const entry = { n: row.n, numerator: row.numerator, value: row.value };
    const rowId = row.row_key ? JSON.stringify(row.row_key) : '';
    if (row.row_key) rowKeys.set(rowId, row.row_key);
    if (row.column_key !== null) columnKeys.add(row.column_key);
    if (row.rolled_row === 0 && row.rolled_column === 0) cells.set(`${rowId}\u0000${row.column_key}`, entry);
    else if (row.rolled_row === 0) rowTotals.set(rowId, entry);
    else if (row.rolled_column === 0) columnTotals.set(row.column_key ?? '', entry);
    else grand = entry;
  }
  const orderedRows = [...rowKeys.entries()].sort(([a], [b]) => a.localeCompare(b));
  const columns = [...columnKeys].sort();
  const grid: Entry[][] = orderedRows.map(([rowId]) => [
    ...columns.map((column) => cells.get(`${rowId}\u0000${column}`) ?? empty),
    rowTotals.get(rowId) ?? empty,
  ]);
  grid.push([...columns.map((column) => columnTotals.get(column) ?? empty), grand]);

  const k = DEFAULT_SUPPRESSION_K;
  const status = request.national ? protect(definition, grid, columns.length, k) : undefined;
  const cell = (row: number, column: number): IndicatorCell => {
    const entry = grid[row]?.[column] ?? empty;
    const state: EntryStatus = status?.entries[row]?.[column] ?? 'shown';
    return state === 'shown' ? present(definition, entry) : hidden(definition, state);
  };
  const last = columns.length;
  return {
    indicator: definition.code,
    unit: definition.unit,
    suppression: { applied: request.national, k },
    period: request.period,
    from: request.from,
    to: request.to,
    rowDimensions: ['period', ...request.by.slice(0, -1)],
    columnDimension: request.by.at(-1) ?? null,
    columns,
    rows: orderedRows.map(([, key], index) => ({
      key: Object.fromEntries(
        key.map((value, position) => [position === 0 ? 'period' : request.by[position - 1], value]),
      ),
      cells: columns.map((_, column) => cell(index, column)),
      total: cell(index, last),
    })),
    columnTotals: columns.map((_, column) => cell(orderedRows.length, column)),
    total: cell(orderedRows.length, last),
  };
}

function protect(
  definition: IndicatorDefinition,
  grid: Entry[][],
  columns: number,
  k: number,
): ExtendedGrid<EntryStatus> {
  // The grid's last row and column are its totals; the rule takes the inner cells and recomputes them.
  const inner = (pick: (entry: Entry) => number): CountTable => ({
    columns,
    cells: grid.slice(0, -1).map((line) => line.slice(0, -1).map(pick)),
  });
  if (definition.block.kind === 'ratio') {
    return suppressRatios(
      inner((entry) => entry.numerator ?? 0),
      inner((entry) => entry.n),
      k,
    );
  }
  return suppressCounts(
    inner((entry) => entry.n),
    k,
  );
}

function present(definition: IndicatorDefinition, entry: Entry): IndicatorCell {
  switch (definition.block.kind) {
    case 'count':
      return { value: entry.n, status: 'shown' };
    case 'ratio': {
      const numerator = entry.numerator ?? 0;
      const value = entry.n > 0 ? Math.round((1000 * numerator) / entry.n) / 10 : null;
      return { value, numerator, denominator: entry.n, status: 'shown' };
    }
    default:
      return {
        value: entry.value === null ? null : Math.round(entry.value * 1000) / 1000,
        count: entry.n,
        status: 'shown',
      };
  }
}

function hidden(definition: IndicatorDefinition, status: EntryStatus): IndicatorCell {
  switch (definition.block.kind) {
    case 'count':
      return { value: null, status };
    case 'ratio':
      return { value: null, numerator: null, denominator: null, status };
    default:
      return { value: null, count: null, status };
  }
}
