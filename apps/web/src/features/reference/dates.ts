import { type Era, REFORM_DATE } from '@lantern/domain';

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a date typed as day/month/year (15/03/2022, 15-3-2022, 15.03.2022) into an ISO day. Undefined
 * for anything else, including days that do not exist (30/02/2022).
 */
export function parseDayMonthYear(text: string): string | undefined {
  const match = DAY_MONTH_YEAR.exec(text.trim());
  if (!match) return undefined;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return undefined;
  return Number(year) >= 1900 && Number(year) <= 2100 ? iso : undefined;
}

/** 2022-03-15 → 15/03/2022, the way dates are written in Viet Nam. */
export function formatDayMonthYear(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** Today in Viet Nam (UTC+7), whatever the device's time zone. */
export function todayInVietNam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The set of administrative units in force on a day: the 63 provinces before 1 July 2025, the 34 after. */
export function eraOfDay(iso: string | null | undefined): Era {
  return iso && iso < REFORM_DATE ? 'pre-2025' : '2025';
}
