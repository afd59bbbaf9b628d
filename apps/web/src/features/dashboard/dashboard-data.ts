import type { IndicatorCell, IndicatorSummary, IndicatorTable, Locale } from '@lantern/domain';

/**
 * Pure helpers that turn the indicator tables of GET /api/indicators/{code}/values into what the dashboard
 * draws: card figures, chart series, map values. A suppressed cell (national scope, fewer than k persons or
 * hidden so that totals cannot reveal it) never becomes a number here: it stays "suppressed" all the way to
 * the screen, where it reads "<k".
 */

export type TrendPeriod = 'quarter' | 'month';

/** What one cell shows: a number, a suppressed mark, or nothing (no value, e.g. a median of no one). */
export type CellShown = { kind: 'value'; value: number } | { kind: 'suppressed' } | { kind: 'empty' };

export function cellShown(cell: IndicatorCell | undefined): CellShown {
  if (!cell) return { kind: 'empty' };
  if (cell.status !== 'shown') return { kind: 'suppressed' };
  return cell.value === null ? { kind: 'empty' } : { kind: 'value', value: cell.value };
}

// Arabic keeps Western digits (ui.md), as the rest of the app does.
const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', ar: 'ar-u-nu-latn' };

/** A value in its unit as the reader writes numbers: "1.234", "45,2 %", "3,5". */
export function formatValue(value: number, unit: IndicatorSummary['unit'], locale: Locale): string {
  const digits = unit === 'count' ? 0 : 1;
  const number = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value);
  return unit === 'percentage' ? `${number} %` : number;
}

/** The text of a cell: its value, "<k" when suppressed, "—" when there is none. */
export function cellText(
  cell: IndicatorCell | undefined,
  unit: IndicatorSummary['unit'],
  locale: Locale,
  k: number,
): string {
  const shown = cellShown(cell);
  if (shown.kind === 'suppressed') return `<${k}`;
  if (shown.kind === 'empty') return '—';
  return formatValue(shown.value, unit, locale);
}

/** A calendar year's range, as the national scope requires (whole months). */
export function yearRange(firstYear: number, lastYear = firstYear): { from: string; to: string } {
  return { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
}

/** Every period key from the first to the last year ("2025-Q1", "2025-01"), so gaps show as gaps. */
export function periodKeys(period: TrendPeriod, firstYear: number, lastYear: number): string[] {
  const keys: string[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    if (period === 'quarter') for (let q = 1; q <= 4; q++) keys.push(`${year}-Q${q}`);
    else for (let m = 1; m <= 12; m++) keys.push(`${year}-${String(m).padStart(2, '0')}`);
  }
  return keys;
}

/** "Q1 2025" / "01/2025" / "2025": short enough for an axis, in the order Vietnamese writes dates. */
export function periodLabel(key: string, quarterWord: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarterWord}${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${month[2]}/${month[1]}`;
  return key;
}

export interface TrendPoint {
  period: string;
  /** The value, or null when suppressed or absent (the line breaks there). */
  value: number | null;
  suppressed: boolean;
}

/**
 * A trend line from a table without breakdowns (one row per period): every period of the range in order, a
 * period with no row meaning nothing happened (0 for a count, no value otherwise).
 */
export function trendPoints(table: IndicatorTable, keys: readonly string[]): TrendPoint[] {
  const byPeriod = new Map(table.rows.map((row) => [row.key.period ?? '', row.total]));
  return keys.map((period) => {
    const cell = byPeriod.get(period);
    if (!cell) return { period, value: table.unit === 'count' ? 0 : null, suppressed: false };
    const shown = cellShown(cell);
    return {
      period,
      value: shown.kind === 'value' ? shown.value : null,
      suppressed: shown.kind === 'suppressed',
    };
  });
}

/** Each province's cell over the whole range (the column totals of a table broken down by province). */
export function provinceCells(table: IndicatorTable): Map<string, IndicatorCell> {
  const cells = new Map<string, IndicatorCell>();
  if (table.columnDimension !== 'province') return cells;
  table.columns.forEach((code, index) => {
    const cell = table.columnTotals[index];
    if (cell) cells.set(code, cell);
  });
  return cells;
}

/** The highest value shown on the map (at least 1, so an empty year still draws a scale). */
export function mapMaximum(cells: ReadonlyMap<string, IndicatorCell>): number {
  let maximum = 0;
  for (const cell of cells.values()) {
    const shown = cellShown(cell);
    if (shown.kind === 'value') maximum = Math.max(maximum, shown.value);
  }
  return Math.max(1, maximum);
}

/**
 * The target for a year, read defensively: targets are entered by administrators and their shape may grow
 * (a programme period, a note), so anything without a numeric value for that year is ignored.
 */
export function targetFor(targets: unknown, year: number): number | null {
  if (!Array.isArray(targets)) return null;
  for (const entry of targets) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { year: targetYear, value } = entry as { year?: unknown; value?: unknown };
    if (targetYear === year && typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
}

export interface CardFigures {
  current: IndicatorCell | undefined;
  previous: IndicatorCell | undefined;
  /** current − previous, when both are shown (percentage points for a percentage). */
  change: number | null;
  target: number | null;
}

/** A card's figures from a yearly table covering the previous and the chosen year. */
export function cardFigures(table: IndicatorTable, year: number, targets: unknown): CardFigures {
  const yearly = (wanted: number): IndicatorCell | undefined => {
    const row = table.rows.find((entry) => entry.key.period === String(wanted));
    if (row) return row.total;
    // No row: nothing happened that year. A count is then a true 0; a median or a ratio has no value.
    return table.unit === 'count' ? { value: 0, status: 'shown' } : undefined;
  };
  const current = yearly(year);
  const previous = yearly(year - 1);
  const now = cellShown(current);
  const before = cellShown(previous);
  const change =
    now.kind === 'value' && before.kind === 'value' ? Math.round((now.value - before.value) * 10) / 10 : null;
  return { current, previous, change, target: targetFor(targets, year) };
}

/** Whether any cell of a table was suppressed: the legend explaining "<k" is shown only then. */
export function anySuppressed(table: IndicatorTable | undefined): boolean {
  if (!table) return false;
  const suppressed = (cell: IndicatorCell) => cell.status !== 'shown';
  return (
    suppressed(table.total) ||
    table.columnTotals.some(suppressed) ||
    table.rows.some((row) => suppressed(row.total) || row.cells.some(suppressed))
  );
}
