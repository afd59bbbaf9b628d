import { describe, expect, it } from 'vitest';
import { isCodeName, suggestCodeName } from './local-code';

describe('code names of local values', () => {
  it.each([
    ['Shopee', 'Shopee'],
    ['Shopee live-stream', 'ShopeeLiveStream'],
    ['Đường dây nóng 111', 'DuongDayNong111'],
    ['  3 wheels  taxi', 'WheelsTaxi'],
    ['شوبي', ''],
    ['', ''],
  ])('suggests %j → %j', (label, expected) => {
    expect(suggestCodeName(label)).toBe(expected);
  });

  it('keeps suggestions to names the server accepts', () => {
    const long = suggestCodeName('a '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(40);
    expect(isCodeName(long)).toBe(true);
  });

  it.each([
    ['Shopee', true],
    ['Line_2', true],
    ['tik-tok', true],
    ['2Line', false],
    ['Shopee!', false],
    ['', false],
  ])('accepts %j: %s', (name, expected) => {
    expect(isCodeName(name)).toBe(expected);
  });
});
