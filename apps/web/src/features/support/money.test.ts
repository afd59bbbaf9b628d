import { describe, expect, it } from 'vitest';
import { formatVnd } from '../../lib/format';
import { parseDong } from './money';

describe('money in đồng', () => {
  it.each([
    ['3.000.000', 3_000_000],
    ['3,000,000', 3_000_000],
    ['3 000 000 ₫', 3_000_000],
    ['1500000', 1_500_000],
    ['0', 0],
    ['', null],
    ['abc', null],
  ])('reads %j as %s', (typed, expected) => {
    expect(parseDong(typed)).toBe(expected);
  });

  it('is written the reader’s way, without decimals', () => {
    expect(formatVnd(1_500_000, 'vi')).toBe('1.500.000 ₫');
    expect(formatVnd(1_500_000, 'en')).toBe('1,500,000 ₫');
    expect(formatVnd(1_500_000, 'ar')).toBe('1,500,000 ₫');
  });
});
