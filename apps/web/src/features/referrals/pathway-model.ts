import type { CasePathway, Locale, Pathway, PathwayInput, PathwayStep, Referral } from '@lantern/domain';
import type { TFunction } from 'i18next';

const DAY_HOURS = 24;
export const MAX_STEPS = 8;
export const MAX_HOURS = 24 * 180;

export type WithinUnit = 'hours' | 'days';

/**
 * A step's time limit as the regulation says it: whole days from two days on ("within 3 days"), hours below
 * that or when the hours are not whole days ("within 24 hours", "within 36 hours").
 */
export function withinParts(hours: number): { count: number; unit: WithinUnit } {
  if (hours >= 2 * DAY_HOURS && hours % DAY_HOURS === 0) return { count: hours / DAY_HOURS, unit: 'days' };
  return { count: hours, unit: 'hours' };
}

export function withinText(t: TFunction, hours: number): string {
  const { count, unit } = withinParts(hours);
  return t(`referralsWeb.pathways.within.${unit}`, { count });
}

/** The hours a "within N hours/days" entry means; null when it is not a whole number in range. */
export function toHours(count: number | string, unit: WithinUnit): number | null {
  const value = typeof count === 'number' ? count : Number(count);
  if (!Number.isInteger(value) || value < 1) return null;
  const hours = unit === 'days' ? value * DAY_HOURS : value;
  return hours <= MAX_HOURS ? hours : null;
}

/** Where a step stands on the person's way through the pathway. */
export type StepPlace = 'done' | 'current' | 'stuck' | 'next' | 'hidden';

// A step whose referral ended without the work done holds the person there until someone re-routes it.
const stuckStatuses: ReadonlySet<Referral['status']> = new Set(['declined', 'revoked', 'expired']);

export function stepPlace(
  run: Pick<CasePathway, 'currentStep'>,
  step: Pick<CasePathway['steps'][number], 'index' | 'referral'>,
): StepPlace {
  if (step.referral?.status === 'completed') return 'done';
  if (run.currentStep === step.index)
    return step.referral && stuckStatuses.has(step.referral.status) ? 'stuck' : 'current';
  // Steps before the current one are completed by definition; the rest wait their turn.
  return step.referral ? 'next' : 'hidden';
}

/** "2 of 3 steps done": the steps whose referral was completed. */
export function doneCount(run: Pick<CasePathway, 'steps'>): number {
  return run.steps.filter((step) => step.referral?.status === 'completed').length;
}

/** A pathway's or a step's name in the reader's language, else Vietnamese (the source language). */
export function nameIn(names: Partial<Record<Locale, string>>, locale: Locale): string {
  return names[locale]?.trim() || names.vi || '';
}

/** Who keeps a pathway, as the row policy says: a coordinator its province's, a system administrator the nation's. */
export function mayKeepPathway(
  permissions: readonly string[],
  pathway: Pick<Pathway, 'provinceCode'>,
): boolean {
  return pathway.provinceCode === null
    ? permissions.includes('admin.vocabularies.manage')
    : permissions.includes('case.read_province');
}

/** A new pathway is the province's when its author coordinates a province, else national. */
export function newPathwayScope(permissions: readonly string[]): 'province' | 'national' | null {
  if (permissions.includes('case.read_province')) return 'province';
  if (permissions.includes('admin.vocabularies.manage')) return 'national';
  return null;
}

export interface StepDraft {
  key: number;
  names: Record<Locale, string>;
  agencyType: string;
  services: string[];
  urgency: PathwayStep['urgency'];
  count: string;
  unit: WithinUnit;
}

let nextKey = 1;
export function stepDraft(step?: PathwayStep): StepDraft {
  const within = withinParts(step?.completeHours ?? 72);
  return {
    key: nextKey++,
    names: { vi: '', en: '', ar: '', ...step?.names },
    agencyType: step?.agencyType ?? '',
    services: step?.services ?? [],
    urgency: step?.urgency ?? 'normal',
    count: String(within.count),
    unit: within.unit,
  };
}

/** Moves a step up or down the list; out of range leaves it as it is. */
export function moveStep<T>(steps: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

type Problems = Record<string, string | undefined>;

/** The form's own findings, keyed as the server names its fields, and the body to send when there are none. */
export function checkPathwayDraft(
  names: Record<Locale, string>,
  steps: readonly StepDraft[],
  t: TFunction,
): { problems: Problems; input: PathwayInput | null } {
  const problems: Problems = {};
  const need = (field: string, wrong: boolean, key: string) => {
    if (wrong) problems[field] = t(`referralsWeb.pathways.form.${key}`);
  };
  for (const locale of ['vi', 'en', 'ar'] as const)
    need(`names.${locale}`, !names[locale].trim(), 'nameRequired');
  steps.forEach((step, index) => {
    for (const locale of ['vi', 'en', 'ar'] as const)
      need(`steps.${index}.names.${locale}`, !step.names[locale].trim(), 'nameRequired');
    need(`steps.${index}.agencyType`, !step.agencyType, 'typeRequired');
    need(`steps.${index}.services`, step.services.length === 0, 'servicesRequired');
    need(`steps.${index}.completeHours`, toHours(step.count, step.unit) === null, 'withinInvalid');
  });
  if (Object.values(problems).some(Boolean)) return { problems, input: null };
  const trim = (labels: Record<Locale, string>) => ({
    vi: labels.vi.trim(),
    en: labels.en.trim(),
    ar: labels.ar.trim(),
  });
  return {
    problems,
    input: {
      names: trim(names),
      steps: steps.map((step) => ({
        names: trim(step.names),
        agencyType: step.agencyType,
        services: step.services,
        urgency: step.urgency,
        completeHours: toHours(step.count, step.unit) as number,
      })),
    },
  };
}
