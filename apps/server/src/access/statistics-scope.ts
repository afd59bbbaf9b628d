import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { AppError } from '../lib/errors';
import { can } from './policy';

export type StatisticsScope = 'own' | 'national';

/**
 * Which statistics a reader sees. `own` (indicators.read): the records of their agency — or their province for
 * a provincial coordinator — unsuppressed, as they may see those cases anyway. `national` (stats.read_aggregate):
 * the whole country, and only through the suppression rule. With no scope asked, a holder of indicators.read gets
 * their own scope and anyone else the national one.
 */
export function statisticsScope(ctx: RequestContext, asked: StatisticsScope | undefined): StatisticsScope {
  if (!ctx.actor) throw new AppError(401, 'auth.required');
  const scope = asked ?? (can(ctx, 'indicators.read') ? 'own' : 'national');
  if (scope === 'own' && !can(ctx, 'indicators.read')) throw new AppError(403, 'indicators.no_own_access');
  if (scope === 'national' && !can(ctx, 'stats.read_aggregate')) {
    throw new AppError(403, 'indicators.no_national_access');
  }
  return scope;
}

/**
 * The rows of a fact view that make up the reader's own scope: their agency's records (as the agency arm of
 * caseListScope), their province's for holders of case.read_province. Row-level security applies beneath it.
 */
export function ownStatisticsScope(ctx: RequestContext, ownerAgency: SQL, province: SQL): SQL {
  const actor = ctx.actor;
  if (!actor) return sql`false`;
  const arms: SQL[] = [];
  if (can(ctx, 'case.read') || can(ctx, 'screening.read')) arms.push(sql`${ownerAgency} = ${actor.agencyId}`);
  // A scalar subquery: the province is looked up once per statement, not once per row.
  if (can(ctx, 'case.read_province')) arms.push(sql`${province} = (select lantern_current_province())`);
  return arms.length > 0 ? sql`(${sql.join(arms, sql` or `)})` : sql`false`;
}
