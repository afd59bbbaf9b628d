import type { IndicatorDefinition, IndicatorDimension, IndicatorPeriod } from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';
import { indicatorParts, periodKey } from './compile-indicator';
import { dimensionSql, type SubjectSql } from './subject-sql';

/**
 * The national dashboard asks ~38 tables, and about 30 of them read the same million cases (or referrals) again,
 * each grouping every fact of the range by province, quarter and sex or age band: at 1,000,000 persons that
 * grouping, not reading, was the time (bench/README.md, "Grouping once"). A pass reads a subject's facts ONCE for
 * every indicator of the catalogue that places them in periods by the same event, and groups them once into
 * cells by period and the dashboard's breakdowns, one count (and numerator, and sum) per indicator. Each table is
 * then the sum of its indicator's cells over the breakdowns it does not show — counts, numerators and sums add up
 * exactly. A median of a total needs its records' values, not sums: its pass (one per median) counts the facts
 * of each cell by their number of days — a histogram — and each median is read off the histograms it covers
 * (pass-tables.ts), exactly as percentile_cont(0.5) reads it off the sorted values.
 */

/** Breakdowns a pass always groups by, when the indicator allows them: those the dashboards ask for. */
const dashboardDimensions: readonly IndicatorDimension[] = ['province', 'sex', 'age_band'];

export interface PassPlan {
  /** The subject's event that places facts in periods. */
  event: string;
  dimensions: IndicatorDimension[];
  members: IndicatorDefinition[];
  /** A median's pass: its one member's facts counted by cell and number of days. */
  histogram: boolean;
}

const periodEvent = (definition: IndicatorDefinition, subject: SubjectSql) =>
  definition.periodBy ?? Object.keys(subject.events)[0] ?? '';

const addsUp = (definition: IndicatorDefinition) => definition.block.kind !== 'median_days';

/**
 * The pass that answers `definition` broken down by `by`. Its members are the indicators of `catalogue` on the
 * same subject and event whose figures add up and that allow every breakdown of the pass (one whose SQL cannot
 * be built is left out: its own request then fails alone); a median's pass has the median alone.
 */
export function planPass(
  definition: IndicatorDefinition,
  by: readonly IndicatorDimension[],
  catalogue: readonly IndicatorDefinition[],
  subject: SubjectSql,
): PassPlan {
  const onlyDashboard = by.every((dimension) => dashboardDimensions.includes(dimension));
  // A table broken down otherwise (by nationality, say) groups by exactly what it shows.
  const dimensions = onlyDashboard
    ? dashboardDimensions.filter((dimension) => definition.dimensions.includes(dimension))
    : [...by].sort();
  const event = periodEvent(definition, subject);
  if (!addsUp(definition)) return { event, dimensions, members: [definition], histogram: true };
  const members = catalogue.filter(
    (candidate) =>
      (candidate === definition || shareable(candidate, definition, subject, event)) &&
      dimensions.every((dimension) => candidate.dimensions.includes(dimension)),
  );
  // In the catalogue's order, so every member's tables share one pass (and one cache entry). The definition is
  // among them: the pass's breakdowns are ones it allows.
  return { event, dimensions, members, histogram: false };
}

function shareable(
  candidate: IndicatorDefinition,
  definition: IndicatorDefinition,
  subject: SubjectSql,
  event: string,
): boolean {
  if (candidate.code === definition.code) return false;
  if (candidate.block.subject !== definition.block.subject || !addsUp(candidate)) return false;
  if (periodEvent(candidate, subject) !== event) return false;
  try {
    indicatorParts(candidate, subject);
    return true;
  } catch {
    return false;
  }
}

export interface PassRequest {
  period: IndicatorPeriod;
  from: string;
  to: string;
  view: string;
  scope: SQL;
}

/**
 * ONE statement for the pass: per cell (period × the pass's breakdowns), for member i, `n<i>` facts counted,
 * `x<i>` of them hitting a ratio's numerator, `t<i>` the sum of a mean's values; for a median's pass, per cell
 * and number of days `v`, the facts `n0`.
 */
export function compilePass(plan: PassPlan, subject: SubjectSql, request: PassRequest): SQL {
  const [first] = plan.members;
  if (!first) throw new Error('a pass has at least one member');
  const firstParts = indicatorParts(first, subject);
  const { periodDate } = firstParts;
  const keys = [
    sql`(${periodKey(periodDate, request.period)}) collate "C" as p`,
    ...plan.dimensions.map(
      (dimension, index) => sql`(${dimensionSql(dimension)}) collate "C" as ${sql.raw(`d${index}`)}`,
    ),
  ];
  const keyNames = sql.raw(['p', ...plan.dimensions.map((_, index) => `d${index}`)].join(', '));
  const conditions = [
    request.scope,
    ...(subject.base ? [subject.base] : []),
    sql`${periodDate} >= ${request.from}::date`,
    sql`${periodDate} <= ${request.to}::date`,
  ];
  if (plan.histogram) {
    const parts = firstParts;
    return sql`select ${sql.join(keys, sql`, `)}, ${parts.measure} as v, count(*)::int as n0
      from ${sql.raw(request.view)} f
      where ${sql.join([...conditions, ...parts.conditions], sql` and `)}
      group by ${keyNames}, v`;
  }
  const measures = plan.members.flatMap((member, index) => {
    const parts = indicatorParts(member, subject);
    const counted = parts.conditions.length > 0 ? sql.join(parts.conditions, sql` and `) : sql`true`;
    const columns = [sql`count(*) filter (where ${counted})::int as ${sql.raw(`n${index}`)}`];
    if (member.block.kind === 'ratio')
      columns.push(sql`count(*) filter (where ${counted} and ${parts.hit})::int as ${sql.raw(`x${index}`)}`);
    if (member.block.kind === 'mean')
      columns.push(sql`sum(${parts.measure}) filter (where ${counted})::float8 as ${sql.raw(`t${index}`)}`);
    return columns;
  });
  return sql`select ${sql.join(keys, sql`, `)}, ${sql.join(measures, sql`, `)}
    from ${sql.raw(request.view)} f
    where ${sql.join(conditions, sql` and `)}
    group by ${keyNames}`;
}

export type PassRow = Record<string, string | number | null>;

/** A computed pass: its plan, its cells, and when its computation began (the figures are as of then). */
export interface IndicatorPass {
  plan: PassPlan;
  rows: PassRow[];
  computedAt: string;
}
