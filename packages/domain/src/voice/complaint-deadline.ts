/**
 * The response deadline of a complaint, counted in working days: Monday to Friday, less Viet Nam's public
 * holidays (Labour Code 2019, Art. 112) and the days off the Government moves around them each year. The
 * holidays are data (the `public_holidays` table, kept by a system administrator), because Tết and the Hùng
 * Kings' day follow the lunar calendar and the official days off are announced yearly. The number of days is
 * configurable (LANTERN_COMPLAINT_RESPONSE_DAYS); 15 by default.
 */
export const DEFAULT_COMPLAINT_RESPONSE_DAYS = 15;

const DAY_MS = 24 * 60 * 60 * 1000;

function parseDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

const formatDay = (day: Date) => day.toISOString().slice(0, 10);

/** Saturday and Sunday: the weekly rest days of public administration (Decree on working hours). */
export function isWeekend(isoDay: string): boolean {
  const weekday = parseDay(isoDay).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The day `workingDays` working days after `isoDay` (yyyy-MM-dd): weekends and the given days off
 * (yyyy-MM-dd) are skipped. The day the count starts from is not counted, whatever it is.
 */
export function addWorkingDays(isoDay: string, workingDays: number, daysOff: Iterable<string> = []): string {
  const off = new Set(daysOff);
  const day = parseDay(isoDay);
  let left = workingDays;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = formatDay(day);
    if (!isWeekend(iso) && !off.has(iso)) left -= 1;
  }
  return formatDay(day);
}

/** Calendar days from `today` to `dueOn`: negative once the deadline has passed. */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round((parseDay(dueOn).getTime() - parseDay(today).getTime()) / DAY_MS);
}

export const complaintStatuses = ['received', 'in_review', 'responded', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** The steps an officer records. A note keeps the status; the others move it forward. */
export const complaintSteps = ['note', 'review', 'respond', 'close', 'reopen'] as const;
export type ComplaintStep = (typeof complaintSteps)[number];

const stepMoves: Record<ComplaintStep, { from: readonly ComplaintStatus[]; to?: ComplaintStatus }> = {
  note: { from: ['received', 'in_review', 'responded'] },
  review: { from: ['received'], to: 'in_review' },
  // A response may be given straight away, without a separate review step.
  respond: { from: ['received', 'in_review'], to: 'responded' },
  // A complaint is closed only once it was answered: the complainant must have had a response.
  close: { from: ['responded'], to: 'closed' },
  // The complainant was not satisfied with the response: back to review.
  reopen: { from: ['responded'], to: 'in_review' },
};

/** The status after `step`, or undefined when the step cannot be taken from `status`. */
export function statusAfterStep(status: ComplaintStatus, step: ComplaintStep): ComplaintStatus | undefined {
  const move = stepMoves[step];
  if (!move.from.includes(status)) return undefined;
  return move.to ?? status;
}

/** Overdue: not yet answered and past its deadline. A response stops the clock. */
export function isComplaintOverdue(status: ComplaintStatus, dueOn: string, today: string): boolean {
  return (status === 'received' || status === 'in_review') && daysUntil(dueOn, today) < 0;
}
