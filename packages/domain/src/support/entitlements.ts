import type { Locale } from '../i18n/locales';
import { entitlements as article37, type Entitlement } from '../vocabularies/vn-law';

/**
 * Who is entitled to which support regime, as dated schedules. The Law changes (the 2011 Law's Art. 32 gave way
 * to Law 53/2024/QH15 on 1 July 2025), so an entitlement is always read for a day: the schedule in force that
 * day decides. A new law or decree is a new schedule appended here, never an edit of an old one, so support
 * delivered under an earlier schedule keeps its meaning.
 */
export interface EntitlementSchedule {
  /** The instrument, for exports and the API ("Law 53/2024/QH15, Art. 37"). */
  source: string;
  /** The same, as a reader of each language names it. */
  sourceLabels: Readonly<Record<Locale, string>>;
  /** First day in force (ISO date, Viet Nam time). */
  effectiveFrom: string;
  /** First day no longer in force, when a later schedule replaces it. */
  effectiveUntil: string | null;
  /** Subject-category code (vn-subject-category) → the regimes (vn-support-regime) it may receive. */
  table: Readonly<Record<string, readonly Entitlement[]>>;
}

export const entitlementSchedules: readonly EntitlementSchedule[] = [
  {
    source: 'Law 53/2024/QH15, Art. 37',
    sourceLabels: {
      vi: 'Luật Phòng, chống mua bán người số 53/2024/QH15, Điều 37',
      en: 'Law 53/2024/QH15 on Prevention and Combat of Human Trafficking, Art. 37',
      ar: 'القانون 53/2024/QH15 بشأن منع الاتجار بالبشر ومكافحته، المادة 37',
    },
    effectiveFrom: '2025-07-01',
    effectiveUntil: null,
    table: article37,
  },
];

/** The schedule in force on a day, or null before the first one (no regime can then be computed). */
export function scheduleOn(
  day: string,
  schedules: readonly EntitlementSchedule[] = entitlementSchedules,
): EntitlementSchedule | null {
  return (
    schedules.find(
      (schedule) =>
        schedule.effectiveFrom <= day && (schedule.effectiveUntil === null || day < schedule.effectiveUntil),
    ) ?? null
  );
}

/**
 * The regimes a person of a subject category is entitled to on a day; empty when the category is not known
 * (the case does not say it yet) or no schedule is in force.
 */
export function entitledRegimes(
  subjectCategory: string | null | undefined,
  day: string,
  schedules: readonly EntitlementSchedule[] = entitlementSchedules,
): readonly Entitlement[] {
  if (!subjectCategory) return [];
  return scheduleOn(day, schedules)?.table[subjectCategory] ?? [];
}

/**
 * Regimes whose support is paid in money and needs a supervisor's approval before it counts (two-person rule).
 * Data, not a rule on amounts: any delivery with an amount needs approval; these are the regimes a case worker
 * is offered an amount for by default.
 */
export const monetaryRegimes: readonly string[] = ['vn.InitialHardshipAllowanceAndLoans', 'vn.TravelCosts'];
