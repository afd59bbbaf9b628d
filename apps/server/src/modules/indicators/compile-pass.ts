import type {
  IndicatorDefinition,
  IndicatorDimension,
  IndicatorPeriod,
  IndicatorTable,
} from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type IndicatorRequest, type IndicatorRow, indicatorParts, periodKey } from './compile-indicator';
import { indicatorTable } from './indicator-table';
import { dimensionSql, type SubjectSql } from './subject-sql';

/**
 * The national dashboard asks ~38 tables, and about 30 of them read the same million cases (or referrals) again,
 * each grouping every fact of the range by province, quarter and sex or age band: at 1,000,000 persons that
 * grouping, not reading, was the time (bench/README.md, "Grouping once"). A pass reads a subject's facts ONCE for
 * every indicator of the catalogue that places them in periods by the same event, and groups them once into
 * cells by period and the dashboard's breakdowns, one count (and numerator, and sum) per indicator. Each table is
 * then the sum of its indicator's cells over the breakdowns it does not show — counts, numerators and sums add up
 * exactly. Medians are not in a pass: a median of a total needs its records (compile-indicator.ts).
 */

/** Breakdowns a pass always groups by, when the indicator allows them: those the dashboards ask for. */
const dashboardDimensions: readonly IndicatorDimension[] = ['province', 'sex', 'age_band'];

export interface PassPlan {
  /** The subject's event that places facts in periods. */
  event: string;
  dimensions: IndicatorDimension[];
  members: IndicatorDefinition[];
}

const periodEvent = (definition: IndicatorDefinition, subject: SubjectSql) =>
  definition.periodBy ?? Object.keys(subject.events)[0] ?? '';

const addsUp = (definition: IndicatorDefinition) => definition.block.kind !== 'median_days';

/**
 * The pass that answers `definition` broken down by `by`, or undefined when it has none (a median). Its members
 * are the indicators of `catalogue` on the same subject and event that allow every breakdown of the pass; one
 * whose SQL cannot be built is left out (its own request then fails alone, as before).
 */
export function planPass(
  definition: IndicatorDefinition,
  by: readonly IndicatorDimension[],
  catalogue: readonly IndicatorDefinition[],
  subject: SubjectSql,
): PassPlan | undefined {
  if (!addsUp(definition)) return undefined;
  const onlyDashboard = by.every((dimension) => dashboardDimensions.includes(dimension));
  // A table broken down otherwise (by nationality, say) groups by exactly what it shows.
  const dimensions = onlyDashboard
    ? dashboardDimensions.filter((dimension) => definition.dimensions.includes(dimension))
    : [...by].sort();
  const event = periodEvent(definition, subject);
  const members = catalogue.filter(
    (candidate) =>
      (candidate === definition || shareable(candidate, definition, subject, event)) &&
      dimensions.every((dimension) => candidate.dimensions.includes(dimension)),
  );
  // In the catalogue's order, so every member's tables share one pass (and one cache entry).
  if (!members.includes(definition)) return undefined;
  return { event, dimensions, members };
}

function shareable(
  candidate: IndicatorDefinition,
  definition: IndicatorDefinition,
  subject: SubjectSql,
  event: string,
): boolean {
  if (candidate.code === definition.code) return false;
  if (candidate.block.subject !== definition.block.subject || !addsUp(candidate)) return false;
  if (periodEvent(candidate, subject) !== event) return false;
  try {
    indicatorParts(candidate, subject);
    return true;
  } catch {
    return false;
  }
}

export interface PassRequest {
  period: IndicatorPeriod;
  from: string;
  to: string;
  view: string;
  scope: SQL;
}

/**
 * ONE statement for the pass: per cell (period × the pass's breakdowns), for member i, `n<i>` facts counted,
 * `x<i>` of them hitting a ratio's numerator, `t<i>` the sum of a mean's values.
 */
export function compilePass(plan: PassPlan, subject: SubjectSql, request: PassRequest): SQL {
  const [first] = plan.members;
  if (!first) throw new Error('a pass has at least one member');
  const { periodDate } = indicatorParts(first, subject);
  const keys = [
    sql`(${periodKey(periodDate, request.period)}) collate "C" as p`,
    ...plan.dimensions.map(
      (dimension, index) => sql`(${dimensionSql(dimension)}) collate "C" as ${sql.raw(`d${index}`)}`,
    ),
  ];
  const keyNames = sql.raw(['p', ...plan.dimensions.map((_, index) => `d${index}`)].join(', '));
  const measures = plan.members.flatMap((member, index) => {
    const parts = indicatorParts(member, subject);
    const counted = parts.conditions.length > 0 ? sql.join(parts.conditions, sql` and `) : sql`true`;
    const columns = [sql`count(*) filter (where ${counted})::int as ${sql.raw(`n${index}`)}`];
    if (member.block.kind === 'ratio')
      columns.push(sql`count(*) filter (where ${counted} and ${parts.hit})::int as ${sql.raw(`x${index}`)}`);
    if (member.block.kind === 'mean')
      columns.push(sql`sum(${parts.measure}) filter (where ${counted})::float8 as ${sql.raw(`t${index}`)}`);
    return columns;
  });
  const conditions = [
    request.scope,
    ...(subject.base ? [subject.base] : []),
    sql`${periodDate} >= ${request.from}::date`,
    sql`${periodDate} <= ${request.to}::date`,
  ];
  return sql`select ${sql.join(keys, sql`, `)}, ${sql.join(measures, sql`, `)}
    from ${sql.raw(request.view)} f
    where ${sql.join(conditions, sql` and `)}
    group by ${keyNames}`;
}

export type PassRow = Record<string, string | number | null>;

/** A computed pass: its plan, its cells, and when its computation began (the figures are as of then). */
export interface IndicatorPass {
  plan: PassPlan;
  rows: PassRow[];
  computedAt: string;
}

const tablesCut = new WeakMap<IndicatorPass, Map<string, IndicatorTable>>();

/** A member's national table, suppressed, cut from the pass once and kept with it (it goes when the pass goes). */
export function tableFromPass(
  pass: IndicatorPass,
  definition: IndicatorDefinition,
  request: IndicatorRequest,
): IndicatorTable {
  const cut = tablesCut.get(pass) ?? new Map<string, IndicatorTable>();
  tablesCut.set(pass, cut);
  const key = JSON.stringify([definition.code, request.by]);
  const kept = cut.get(key);
  if (kept) return kept;
  const rows = rowsFromPass(pass.plan, pass.rows, definition.code, request.by);
  const table = {
    ...indicatorTable(definition, request, rows),
    scope: 'national' as const,
    computedAt: pass.computedAt,
  };
  cut.set(key, table);
  return table;
}

interface Sums {
  n: number;
  numerator: number;
  total: number;
}

/**
 * One member's table rows from the pass's cells, in the shape the single-table statement answers: its cells
 * (period and the row breakdowns × the column breakdown), row totals, column totals and the grand total, each
 * the sum of the cells it covers. A cell where no fact counted for this member is absent, as in that statement.
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
  const cells = new Map<string, { rowKey: string[]; columnKey: string; sums: Sums }>();
  const rowTotals = new Map<string, { rowKey: string[]; sums: Sums }>();
  const columnTotals = new Map<string, Sums>();
  const grand: Sums = { n: 0, numerator: 0, total: 0 };
  const add = (into: Sums, n: number, numerator: number, total: number) => {
    into.n += n;
    into.numerator += numerator;
    into.total += total;
  };
  for (const row of rows) {
    const n = Number(row[`n${index}`] ?? 0);
    if (n === 0) continue;
    const numerator = Number(row[`x${index}`] ?? 0);
    const total = Number(row[`t${index}`] ?? 0);
    const rowKey = [String(row.p), ...rowColumns.map((name) => String(row[name]))];
    const columnKey = columnColumn ? String(row[columnColumn]) : 'all';
    const rowId = JSON.stringify(rowKey);
    const cellId = `${rowId}\u0000${columnKey}`;
    const cell = cells.get(cellId) ?? { rowKey, columnKey, sums: { n: 0, numerator: 0, total: 0 } };
    cells.set(cellId, cell);
    add(cell.sums, n, numerator, total);
    const rowTotal = rowTotals.get(rowId) ?? { rowKey, sums: { n: 0, numerator: 0, total: 0 } };
    rowTotals.set(rowId, rowTotal);
    add(rowTotal.sums, n, numerator, total);
    const columnTotal = columnTotals.get(columnKey) ?? { n: 0, numerator: 0, total: 0 };
    columnTotals.set(columnKey, columnTotal);
    add(columnTotal, n, numerator, total);
    add(grand, n, numerator, total);
  }
  const entry = (sums: Sums) => ({
    n: sums.n,
    numerator: member.block.kind === 'ratio' ? sums.numerator : null,
    value: member.block.kind === 'mean' && sums.n > 0 ? sums.total / sums.n : null,
  });
  return [
    ...[...cells.values()].map((cell) => ({
      row_key: cell.rowKey,
      column_key: cell.columnKey,
      rolled_row: 0,
      rolled_column: 0,
      ...entry(cell.sums),
    })),
    ...[...rowTotals.values()].map((line) => ({
      row_key: line.rowKey,
      column_key: null,
      rolled_row: 0,
      rolled_column: 1,
      ...entry(line.sums),
    })),
    ...[...columnTotals.entries()].map(([columnKey, sums]) => ({
      row_key: null,
      column_key: columnKey,
      rolled_row: 1,
      rolled_column: 0,
      ...entry(sums),
    })),
    { row_key: null, column_key: null, rolled_row: 1, rolled_column: 1, ...entry(grand) },
  ];
}
