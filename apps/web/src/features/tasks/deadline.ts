import type { Tone } from '../shell/ToneBadge';

/** Whole days from `from` to `to` (both YYYY-MM-DD, calendar days in Viet Nam). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface DeadlineWords {
  /** A key under worklist.deadline, with `count` days for the plural forms. */
  key: 'overdue' | 'today' | 'left' | 'none';
  count: number;
  tone: Tone;
}

/**
 * A deadline as people say it — "overdue 2 days", "due today", "3 days left" — with a tone that never carries
 * the meaning alone (the words do). Done work has no deadline any more.
 */
export function deadlineWords(dueOn: string | null, today: string, done = false): DeadlineWords {
  if (done || dueOn === null) return { key: 'none', count: 0, tone: 'neutral' };
  const left = daysBetween(today, dueOn);
  if (left < 0) return { key: 'overdue', count: -left, tone: 'negative' };
  if (left === 0) return { key: 'today', count: 0, tone: 'warning' };
  return { key: 'left', count: left, tone: left <= 1 ? 'warning' : 'info' };
}
