import {
  type IndicatorDimension,
  type IndicatorTable,
  type IndicatorValuesQuery,
  indicatorDimensions,
  isNationalOnly,
  MAX_INDICATOR_BREAKDOWNS,
  MAX_INDICATOR_YEARS,
  seededIndicators,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { ownStatisticsScope, statisticsScope } from '../../access/statistics-scope';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { FieldProblems } from '../support/support-checks';
import { resolveIndicator } from './catalogue-source';
import { compilePass, type IndicatorPass, type PassRow, planPass } from './compile-pass';
import { tableFromPass } from './pass-tables';
import { subjectSql } from './subject-sql';
import { indicatorTables, statisticsStamp } from './table-cache';

/**
 * An indicator's values by period and breakdowns, cut from its pass: one statement that groups the facts into
 * cells in the database, shared by the tables of one subject and event (compile-pass.ts). The national scope
 * reads the country-wide fact views and answers through the suppression rule; the own scope reads under
 * row-level security and the reader's agency scope, unsuppressed. A pass is answered from the cache while nothing
 * it reads has changed (a national one for every aggregate reader, an own one for its reader only), and a slow
 * one from its last computation while a new one runs after the request (table-cache.ts; `computedAt` says when).
 * Figures only — no record, name or free text — so the read is not an identifying one and writes no audit event.
 *
 * A national-only indicator (survivor feedback and complaints, docs/decisions/0007) has no own scope: asked for
 * it, the answer is a 400 naming `scope`; asked for no scope, its only scope — the national one — is answered.
 */
export async function getIndicatorValues(
  ctx: RequestContext,
  code: string,
  query: IndicatorValuesQuery,
): Promise<IndicatorTable> {
  authorize(ctx, 'indicators.read', 'stats.read_aggregate');
  const answer = await ctx.transaction(async (tx) => {
    const definition = await resolveIndicator(tx, code);
    if (!definition) throw notFound();
    const nationalOnly = isNationalOnly(definition);
    if (nationalOnly && query.scope === 'own') new FieldProblems().add('scope', 'national_only').throwIfAny();
    const scope = statisticsScope(ctx, nationalOnly ? 'national' : query.scope);
    const national = scope === 'national';
    const by = checkQuery(definition.dimensions, query, national);
    const subject = subjectSql[definition.block.subject];
    if (!subject) throw new AppError(409, 'indicators.not_evaluable');
    const request = {
      period: query.period,
      from: query.from,
      to: query.to,
      by,
      national,
      scope: national ? sql`true` : ownStatisticsScope(ctx, sql`f.owner_agency_id`, sql`f.province_code`),
    };
    // Every table is cut from its subject's pass (compile-pass.ts): one computation for every seeded indicator
    // on the same subject and event (an administrator's indicator has a pass of its own, so the catalogue is not
    // read again for each table). A national pass is the same for every aggregate reader; an own one depends on
    // who reads it (agency, province, permissions, and row-level security beneath), so it is kept for that reader
    // alone. The members' whole definitions are in the key: an edited definition never meets old cells.
    const seeded = seededIndicators.includes(definition);
    const plan = planPass(definition, by, seeded ? seededIndicators : [definition], subject);
    const view = `${subject.view}_${national ? 'national' : 'own'}`;
    const compute = async (inTx: Tx): Promise<IndicatorPass> => {
      const computedAt = new Date().toISOString();
      await inTx.execute(statementSettings);
      const rows = await queryRows<PassRow>(inTx, compilePass(plan, subject, { ...request, view }));
      return { plan, rows, computedAt };
    };
    const key = JSON.stringify([
      national ? 'national' : ownReader(ctx),
      plan,
      query.period,
      query.from,
      query.to,
    ]);
    const read = await indicatorTables.read(tx, key, () => compute(tx));
    const table = tableFromPass(read.value, definition, request, scope);
    return { table, refresh: read.stale ? key : undefined, compute };
  });
  // Started once the request's transaction has ended, in a transaction of its own (the reader's, as any other).
  if (answer.refresh && answer.compute) {
    const compute = answer.compute;
    void indicatorTables.refresh(answer.refresh, () =>
      ctx.transaction(async (tx) => ({ stamp: await statisticsStamp(tx), value: await compute(tx) })),
    );
  }
  return answer.table;
}

/** Everything an own table depends on besides the data: the reader, their agency and their permissions. */
function ownReader(ctx: RequestContext): unknown[] {
  const actor = ctx.actor;
  return ['own', actor?.userId ?? null, actor?.agencyId ?? null, [...(actor?.permissions ?? [])].sort()];
}

/**
 * For this transaction only (bench/indicator-queries.ts measured each): the grouping of a pass hashes every fact
 * of the period, which spilled to disk at the default 4 MB; JIT compilation of these one-off statements cost
 * more than it saved — seconds, once the planner's estimate crossed the inlining threshold — on a cold dashboard
 * that runs each statement once; and the planner cannot know that a pass has a few thousand cells (it multiplies
 * guesses for each key: ~600,000 for a million cases), so it sorted the million facts on disk (117 MB) to group
 * them. Without sorts it hashes them, as it should: the national set's passes took 42.2 s one after another with
 * sorts and 32.0 s without (1,000,000 persons). A hash aggregate that did outgrow its memory would spill, not fail.
 */
export const statementSettings = sql`select set_config('work_mem', '32MB', true), set_config('jit', 'off', true),
  set_config('enable_sort', 'off', true)`;

/**
 * The breakdowns asked for, each allowed for this indicator, and a range that runs forward, is not too long and,
 * for the national scope, covers whole months.
 */
function checkQuery(
  allowed: readonly IndicatorDimension[],
  query: IndicatorValuesQuery,
  national: boolean,
): IndicatorDimension[] {
  const problems = new FieldProblems();
  const by = (query.by ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  for (const dimension of by) {
    const known = (indicatorDimensions as readonly string[]).includes(dimension);
    if (!known || !allowed.includes(dimension as IndicatorDimension)) {
      problems.add('by', 'dimension_not_allowed', { dimension });
    }
  }
  if (by.length > MAX_INDICATOR_BREAKDOWNS)
    problems.add('by', 'dimensions_too_many', { maximum: MAX_INDICATOR_BREAKDOWNS });
  if (new Set(by).size !== by.length) problems.add('by', 'dimension_repeated');
  if (query.to < query.from) problems.add('to', 'range_reversed');
  const longest = `${Number(query.from.slice(0, 4)) + MAX_INDICATOR_YEARS}${query.from.slice(4)}`;
  if (query.to >= longest) problems.add('to', 'range_too_long', { maximum: MAX_INDICATOR_YEARS });
  // Whole months only for suppressed tables: two ranges a day apart would otherwise differ by a few persons
  // and reveal what suppression hides (docs/decisions/0005, "Differencing across requests").
  if (national && !query.from.endsWith('-01')) problems.add('from', 'month_start');
  if (national && !isMonthEnd(query.to)) problems.add('to', 'month_end');
  problems.throwIfAny();
  return by as IndicatorDimension[];
}

function isMonthEnd(day: string): boolean {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}
