/**
 * Follow-up visits after the person's return, in months (the 1, 3, 6 and 12). A month later is the
 * same day of the month, or the month's last day when it has fewer days (31 January + 1 month = 28 or 29
 * February), so no visit slips into the month after.
 */
export const followUpMonths = [1, 3, 6, 12] as const;

/** A visit is offered this many days before it falls due, so it can be planned into a field trip. */
export const FOLLOW_UP_WINDOW_DAYS = 14;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): { year: number; month: number; date: number } {
  const match = ISO_DATE.exec(day);
  if (!match) throw new RangeError(`not a yyyy-mm-dd day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `months` calendar months after `day`, clamped to the end of a shorter month. */
export function addMonths(day: string, months: number): string {
  const { year, month, date } = parseDay(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDate = Math.min(date, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(targetDate)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const at = (day: string) => {
    const { year, month, date } = parseDay(day);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((at(to) - at(from)) / 86_400_000);
}

export interface PlannedVisit {
  months: number;
  dueOn: string;
}

/** The visits due after a return on `referenceOn`, in order. */
export function followUpSchedule(
  referenceOn: string,
  months: readonly number[] = followUpMonths,
): PlannedVisit[] {
  return [...months]
    .sort((a, b) => a - b)
    .map((entry) => ({ months: entry, dueOn: addMonths(referenceOn, entry) }));
}

export type VisitStatus = 'done' | 'overdue' | 'due' | 'upcoming';

/**
 * Where a visit stands on `today` (the day in Viet Nam): done once assessed; overdue after its day;
 * due from FOLLOW_UP_WINDOW_DAYS before it; upcoming before that. `days` is the distance to the due day
 * (positive: days left; negative: days overdue), for "2 days left" / "overdue 1 day".
 */
export function visitStatus(
  dueOn: string,
  assessed: boolean,
  today: string,
): { status: VisitStatus; days: number } {
  const days = daysBetween(today, dueOn);
  if (assessed) return { status: 'done', days };
  if (days < 0) return { status: 'overdue', days };
  return { status: days <= FOLLOW_UP_WINDOW_DAYS ? 'due' : 'upcoming', days };
}
