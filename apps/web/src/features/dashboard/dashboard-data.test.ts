import type { IndicatorCell, IndicatorTable } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import {
  anySuppressed,
  cardFigures,
  cellText,
  mapMaximum,
  periodKeys,
  periodLabel,
  provinceCells,
  targetFor,
  trendPoints,
  yearRange,
} from './dashboard-data';

const shown = (value: number | null): IndicatorCell => ({ value, status: 'shown' });
const primary: IndicatorCell = { value: null, status: 'primary' };
const secondary: IndicatorCell = { value: null, status: 'secondary' };

function table(partial: Partial<IndicatorTable>): IndicatorTable {
  return {
    indicator: 'persons_received',
    unit: 'count',
    scope: 'national',
    suppression: { applied: true, k: 11 },
    period: 'year',
    from: '2025-01-01',
    to: '2026-12-31',
    rowDimensions: ['period'],
    columnDimension: null,
    columns: [],
    rows: [],
    columnTotals: [],
    total: shown(0),
    computedAt: '2026-12-07T09:00:00.000Z',
    ...partial,
  };
}

describe('cell text', () => {
  it('reads "<11" for a primary or secondary suppressed cell, never a number', () => {
    expect(cellText(primary, 'count', 'vi', 11)).toBe('<11');
    expect(cellText(secondary, 'percentage', 'en', 11)).toBe('<11');
  });

  it('writes numbers as the reader does, with the unit', () => {
    expect(cellText(shown(1234), 'count', 'vi', 11)).toBe('1.234');
    expect(cellText(shown(1234), 'count', 'en', 11)).toBe('1,234');
    expect(cellText(shown(45.25), 'percentage', 'vi', 11)).toBe('45,3 %');
    expect(cellText(shown(3.5), 'median_days', 'ar', 11)).toBe('3.5');
    expect(cellText(shown(null), 'median_days', 'en', 11)).toBe('—');
    expect(cellText(undefined, 'count', 'en', 11)).toBe('—');
  });
});

describe('periods', () => {
  it('lists every quarter or month of the years, so a period without data is a gap', () => {
    expect(periodKeys('quarter', 2025, 2026)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(periodKeys('month', 2026, 2026)).toHaveLength(12);
    expect(yearRange(2025, 2026)).toEqual({ from: '2025-01-01', to: '2026-12-31' });
  });

  it('labels periods briefly for an axis', () => {
    expect(periodLabel('2026-Q3', 'Q')).toBe('Q3 2026');
    expect(periodLabel('2026-03', 'Q')).toBe('03/2026');
    expect(periodLabel('2026', 'Q')).toBe('2026');
  });
});

describe('trend points', () => {
  const quarterly = (unit: IndicatorTable['unit']) =>
    table({
      unit,
      period: 'quarter',
      rows: [
        { key: { period: '2026-Q1' }, cells: [], total: shown(20) },
        { key: { period: '2026-Q3' }, cells: [], total: primary },
      ],
    });

  it('breaks the line at a suppressed period and marks it, and counts a missing period as 0', () => {
    expect(trendPoints(quarterly('count'), periodKeys('quarter', 2026, 2026))).toEqual([
      { period: '2026-Q1', value: 20, suppressed: false },
      { period: '2026-Q2', value: 0, suppressed: false },
      { period: '2026-Q3', value: null, suppressed: true },
      { period: '2026-Q4', value: 0, suppressed: false },
    ]);
  });

  it('leaves a missing period without a value for a median (no one is not zero days)', () => {
    const points = trendPoints(quarterly('median_days'), periodKeys('quarter', 2026, 2026));
    expect(points[1]).toEqual({ period: '2026-Q2', value: null, suppressed: false });
  });
});

describe('province cells and the map scale', () => {
  const byProvince = table({
    period: 'year',
    columnDimension: 'province',
    columns: ['01', '15', '79'],
    rows: [{ key: { period: '2026' }, cells: [shown(40), primary, secondary], total: shown(52) }],
    columnTotals: [shown(40), primary, secondary],
  });

  it('takes each province over the whole range, suppressed ones staying suppressed', () => {
    const cells = provinceCells(byProvince);
    expect(cells.get('01')).toEqual(shown(40));
    expect(cells.get('15')?.status).toBe('primary');
    expect(mapMaximum(cells)).toBe(40);
    expect(anySuppressed(byProvince)).toBe(true);
  });

  it('has no province cells for a table not broken down by province', () => {
    expect(provinceCells(table({})).size).toBe(0);
    expect(mapMaximum(new Map())).toBe(1);
    expect(anySuppressed(table({}))).toBe(false);
  });
});

describe('card figures', () => {
  const yearly = table({
    rows: [
      { key: { period: '2025' }, cells: [], total: shown(30) },
      { key: { period: '2026' }, cells: [], total: shown(42) },
    ],
  });

  it('compares the year with the one before and finds its target', () => {
    const figures = cardFigures(yearly, 2026, [
      { year: 2025, value: 10 },
      { year: 2026, value: 50 },
    ]);
    expect(figures.current).toEqual(shown(42));
    expect(figures.change).toBe(12);
    expect(figures.target).toBe(50);
  });

  it('has no change when either year is suppressed', () => {
    const hidden = table({ rows: [{ key: { period: '2026' }, cells: [], total: primary }] });
    const figures = cardFigures(hidden, 2026, []);
    expect(figures.current?.status).toBe('primary');
    expect(figures.previous).toEqual(shown(0));
    expect(figures.change).toBeNull();
  });

  it('ignores targets of another shape or year', () => {
    expect(targetFor(undefined, 2026)).toBeNull();
    expect(targetFor([{ year: '2026', value: 5 }, null, { year: 2026 }], 2026)).toBeNull();
    expect(targetFor([{ year: 2026, value: 5, period: '2026-2030' }], 2026)).toBe(5);
  });
});
