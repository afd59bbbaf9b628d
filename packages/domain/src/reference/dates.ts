/**
 * Dates for choosing administrative units. Validity is a matter of the Vietnamese calendar day, so an
 * instant is read in Viet Nam's time zone (UTC+7, no daylight saving): 30 June 2025 at 20:00 UTC is
 * already 1 July in Hà Nội, when the 2025 units were in force.
 */

export type DateInput = Date | string;

/** The first day of the 34 provinces and of the two-tier local government (Resolution 202/2025/QH15). */
export const REFORM_DATE = '2025-07-01';

const VIET_NAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date (YYYY-MM-DD) in Viet Nam; a plain date string is taken as already being one. */
export function toVietNamDate(at: DateInput): string {
  if (typeof at === 'string' && ISO_DATE.test(at)) {
    const parsed = new Date(`${at}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== at) {
      throw new RangeError(`Not a calendar date: ${at}`);
    }
    return at;
  }
  const instant = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(at)}`);
  return new Date(instant.getTime() + VIET_NAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Viet Nam. */
export function todayInVietNam(): string {
  return toVietNamDate(new Date());
}

/** The day before an ISO date. */
export function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
