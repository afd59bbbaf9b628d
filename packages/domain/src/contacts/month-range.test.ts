import { describe, expect, it } from 'vitest';
import { monthRange, vietNamMonthEnd, vietNamMonthStart } from './month-range';

describe('monthRange', () => {
  it('defaults to the twelve months up to this one', () => {
    const range = monthRange({}, 24, '2026-12-06');
    expect(range).toMatchObject({ from: '2026-01', to: '2026-12' });
    expect('months' in range && range.months).toHaveLength(12);
  });

  it('crosses a year and lists every month in order', () => {
    expect(monthRange({ from: '2025-11', to: '2026-02' }, 24, '2026-12-06')).toEqual({
      from: '2025-11',
      to: '2026-02',
      months: ['2025-11', '2025-12', '2026-01', '2026-02'],
    });
  });

  it.each([
    [
      { from: '2026-05', to: '2026-04' },
      { field: 'from', code: 'contact_range_reversed' },
    ],
    [
      { from: '2024-01', to: '2026-01' },
      { field: 'from', code: 'contact_range_too_long' },
    ],
    [{ to: '2027-01' }, { field: 'to', code: 'in_future' }],
  ])('refuses %o', (query, problem) => {
    expect(monthRange(query, 24, '2026-12-06')).toEqual(problem);
  });

  it('bounds a month in Viet Nam time', () => {
    expect(vietNamMonthStart('2026-12').toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(vietNamMonthEnd('2026-12').toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });
});
