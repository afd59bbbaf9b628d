import { todayInVietNam } from '../reference/dates';

/** Months as yyyy-MM, counted in Viet Nam time. */
export interface MonthRange {
  from: string;
  to: string;
  months: string[];
}

const monthIndex = (month: string) => {
  const [year, m] = month.split('-').map(Number);
  return (year as number) * 12 + ((m as number) - 1);
};
const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The months a count covers: `to` defaults to this month, `from` to 11 months before `to`. A reversed range
 * or one longer than `maxMonths` is a problem named by field, so counting stays bounded.
 */
export function monthRange(
  query: { from?: string | undefined; to?: string | undefined },
  maxMonths: number,
  today: string = todayInVietNam(),
): MonthRange | { field: 'from' | 'to'; code: string } {
  const to = query.to ?? today.slice(0, 7);
  const from = query.from ?? monthOf(monthIndex(to) - 11);
  if (to > today.slice(0, 7)) return { field: 'to', code: 'in_future' };
  if (from > to) return { field: 'from', code: 'contact_range_reversed' };
  const length = monthIndex(to) - monthIndex(from) + 1;
  if (length > maxMonths) return { field: 'from', code: 'contact_range_too_long' };
  return { from, to, months: Array.from({ length }, (_, i) => monthOf(monthIndex(from) + i)) };
}

/** The first instant of a month in Viet Nam (UTC+7, no daylight saving), and of the month after another. */
export const vietNamMonthStart = (month: string) => new Date(`${month}-01T00:00:00+07:00`);
export const vietNamMonthEnd = (month: string) => vietNamMonthStart(monthOf(monthIndex(month) + 1));
