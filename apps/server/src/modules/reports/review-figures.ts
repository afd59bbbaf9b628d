import {
  DEFAULT_SUPPRESSION_K,
  type IndicatorDefinition,
  type IndicatorSubject,
  isNationalOnly,
  type Locale,
} from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import type { ReportPeriods } from '../../db/schema';
import { readCatalogue } from '../indicators/catalogue-source';
import { getIndicatorValues } from '../indicators/get-indicator-values';
import { nationalTargetsByIndicator, readIndicatorTargets } from '../indicators/indicator-targets';
import { subjectSql } from '../indicators/subject-sql';

export const reviewGroups = ['screening', 'case', 'referral', 'reintegration', 'voice', 'other'] as const;
export type ReviewGroup = (typeof reviewGroups)[number];

/** One year's actual value: a number, nothing to compute from (null), or hidden by the suppression rule. */
export type ReviewValue = { kind: 'value'; value: number | null } | { kind: 'suppressed' };

export interface ReviewLine {
  code: string;
  name: string;
  unit: IndicatorDefinition['unit'];
  evaluable: boolean;
  /** Left uncomputed because the indicator exists only nationally and the report is of the own scope. */
  nationalOnly: boolean;
  values: ReviewValue[];
  target: number | null;
}

/** Everything a review report shows, computed once and then laid out as a PDF and as a workbook. */
export interface ReviewFigures {
  language: Locale;
  scope: 'own' | 'national';
  periods: ReportPeriods;
  years: number[];
  k: number;
  producedOn: string;
  groups: { group: ReviewGroup; lines: ReviewLine[] }[];
}

const groupOf: Record<IndicatorSubject, ReviewGroup> = {
  screening: 'screening',
  case: 'case',
  referral: 'referral',
  reintegration_visit: 'reintegration',
  reintegration_assessment: 'reintegration',
  self_help_group: 'reintegration',
  self_help_group_member: 'reintegration',
  one_stop_contact: 'other',
  training_participant: 'other',
  feedback_response: 'voice',
  complaint: 'voice',
};

/**
 * Each indicator's yearly values over the report's years, through the very use case that answers
 * GET /api/indicators/{code}/values (its scope, row-level security and, for the national scope, suppression),
 * and its national target for the target year. `progress` hears how many indicators are done.
 */
export async function collectReviewFigures(
  ctx: RequestContext,
  job: { scope: 'own' | 'national'; periods: ReportPeriods; language: Locale },
  progress: (done: number, of: number) => Promise<void>,
): Promise<ReviewFigures> {
  const { fromYear, toYear, targetYear } = job.periods;
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, index) => fromYear + index);
  const [targets, catalogue] = await ctx.transaction(async (tx) => [
    nationalTargetsByIndicator(await readIndicatorTargets(tx)),
    await readCatalogue(tx),
  ]);
  const lines = new Map<ReviewGroup, ReviewLine[]>();
  let done = 0;
  for (const { definition } of catalogue) {
    const evaluable = subjectSql[definition.block.subject] !== undefined;
    // Survivor voice has no own scope (docs/decisions/0007): the own report names it and leaves it empty.
    const nationalOnly = job.scope === 'own' && isNationalOnly(definition);
    const values =
      evaluable && !nationalOnly ? await yearlyValues(ctx, definition, job.scope, years) : years.map(none);
    const target = targets.get(definition.code)?.find((entry) => entry.year === targetYear)?.value ?? null;
    const group = groupOf[definition.block.subject];
    const list = lines.get(group) ?? [];
    list.push({
      code: definition.code,
      name: definition.name[job.language],
      unit: definition.unit,
      evaluable,
      nationalOnly,
      values,
      target,
    });
    lines.set(group, list);
    done += 1;
    await progress(done, catalogue.length);
  }
  return {
    language: job.language,
    scope: job.scope,
    periods: job.periods,
    years,
    k: DEFAULT_SUPPRESSION_K,
    producedOn: new Date().toISOString().slice(0, 10),
    groups: reviewGroups.flatMap((group) => {
      const list = lines.get(group);
      return list ? [{ group, lines: list }] : [];
    }),
  };
}

const none = (): ReviewValue => ({ kind: 'value', value: null });

async function yearlyValues(
  ctx: RequestContext,
  definition: IndicatorDefinition,
  scope: 'own' | 'national',
  years: number[],
): Promise<ReviewValue[]> {
  const table = await getIndicatorValues(ctx, definition.code, {
    period: 'year',
    from: `${years[0]}-01-01`,
    to: `${years.at(-1)}-12-31`,
    scope,
  });
  return years.map((year) => {
    const row = table.rows.find((entry) => entry.key.period === String(year));
    // A year with no record at all: nobody counted, and nothing to compute a share, median or mean from.
    if (!row) return { kind: 'value', value: definition.unit === 'count' ? 0 : null };
    if (row.total.status !== 'shown') return { kind: 'suppressed' };
    return { kind: 'value', value: row.total.value };
  });
}
