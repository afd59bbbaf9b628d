import type { ReadinessResponse } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { migrationStatus } from '../../db/migrator';
import { describeErrorForLog } from '../../lib/logger';
import type { Runtime } from '../../lib/router';

/**
 * Ready means: the database answers through the same restricted, context-carrying transaction every
 * request uses, and its schema is exactly the one this build was made for.
 */
export async function checkReadiness(ctx: RequestContext, runtime: Runtime): Promise<ReadinessResponse> {
  let database: 'ok' | 'failing' = 'ok';
  let migrations: ReadinessResponse['checks']['migrations'] = { status: 'unknown', applied: 0, pending: 0 };
  try {
    await ctx.transaction((tx) => tx.execute(sql`select 1`));
    const state = await migrationStatus(ctx.transaction, runtime.migrations);
    migrations = { status: state.status, applied: state.applied, pending: state.pending.length };
  } catch (error) {
    database = 'failing';
    runtime.logger.warn(
      { requestId: ctx.requestId, err: describeErrorForLog(error) },
      'readiness check failed',
    );
  }
  const ready = database === 'ok' && migrations.status === 'current';
  return { status: ready ? 'ready' : 'not_ready', engine: runtime.engine, checks: { database, migrations } };
}
