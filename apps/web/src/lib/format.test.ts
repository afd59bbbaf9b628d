import { describe, expect, it } from 'vitest';
import { describeUserAgent, formatDateTime, formatList, minutesUntil } from './format';

describe('dates and times as read in Viet Nam', () => {
  it('writes day/month/year and a 24-hour clock in Viet Nam time, whatever the language', () => {
    // 17:05 UTC is 00:05 the next day in Hà Nội.
    const at = '2026-03-14T17:05:09Z';
    expect(formatDateTime(at, 'vi')).toBe('15/03/2026 00:05');
    expect(formatDateTime(at, 'en')).toBe('15/03/2026 00:05');
    expect(formatDateTime(at, 'ar')).toBe('15/03/2026 00:05');
    expect(formatDateTime(at, 'vi', true)).toBe('15/03/2026 00:05:09');
  });

  it('shows a dash for a missing or broken date rather than "Invalid Date"', () => {
    expect(formatDateTime(null, 'vi')).toBe('—');
    expect(formatDateTime('not a date', 'vi')).toBe('—');
  });

  it('counts whole minutes left and never goes below zero', () => {
    const now = Date.parse('2026-03-14T10:00:00Z');
    expect(minutesUntil('2026-03-14T10:30:00Z', now)).toBe(30);
    expect(minutesUntil('2026-03-14T09:00:00Z', now)).toBe(0);
  });
});

describe('recognising a signed-in device', () => {
  it.each([
    [
      'Mozilla/5.0 (Linux; Android 14; SM-A146P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
      { browser: 'Chrome', system: 'Android' },
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      { browser: 'Safari', system: 'iOS' },
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0',
      { browser: 'Edge', system: 'Windows' },
    ],
  ])('%s', (userAgent, expected) => {
    expect(describeUserAgent(userAgent)).toEqual(expected);
  });

  it('admits not knowing', () => {
    expect(describeUserAgent(null)).toBeNull();
    expect(describeUserAgent('curl/8.5.0')).toBeNull();
  });
});

describe('lists joined for display', () => {
  it('uses the Arabic comma in Arabic and the Latin comma in Vietnamese and English, adding no "and"', () => {
    expect(formatList(['Hà Nội', 'Lào Cai'], 'vi')).toBe('Hà Nội, Lào Cai');
    expect(formatList(['Hanoi', 'Lao Cai'], 'en')).toBe('Hanoi, Lao Cai');
    expect(formatList(['هانوي', 'لاو كاي', 'هوي'], 'ar')).toBe('هانوي، لاو كاي، هوي');
    expect(formatList([], 'ar')).toBe('');
  });
});
