import { describe, expect, it } from 'vitest';
import { eraOfDay, formatDayMonthYear, parseDayMonthYear, todayInVietNam } from './dates';

describe('dates typed as day/month/year', () => {
  it.each([
    ['15/03/2022', '2022-03-15'],
    ['5/3/2022', '2022-03-05'],
    [' 15-03-2022 ', '2022-03-15'],
    ['15.03.2022', '2022-03-15'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDayMonthYear(text)).toBe(iso);
  });

  it.each(['30/02/2022', '29/02/2023', '2022-03-15', '15/03/22', '32/01/2022', '15/13/2022', 'hôm qua', ''])(
    'refuses %j',
    (text) => {
      expect(parseDayMonthYear(text)).toBeUndefined();
    },
  );

  it('writes ISO days the Vietnamese way', () => {
    expect(formatDayMonthYear('2025-07-01')).toBe('01/07/2025');
  });

  it('takes today in Viet Nam, not in the device’s time zone', () => {
    expect(todayInVietNam(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
  });

  it('chooses the old units before 1 July 2025 and the current ones from that day', () => {
    expect([eraOfDay('2025-06-30'), eraOfDay('2025-07-01'), eraOfDay(null)]).toEqual([
      'pre-2025',
      '2025',
      '2025',
    ]);
  });
});
