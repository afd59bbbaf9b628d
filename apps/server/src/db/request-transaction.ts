import { sql } from 'drizzle-orm';
import { sweepLapsedHits } from './rate-limits';
import type { AppDatabase, Tx } from './types';

/** The role every request runs as. Fixed, because policies and grants in migrations name it. */
export const REQUEST_ROLE = 'lantern_app';

/** Who is acting, as the database sees it. Empty strings mean "nobody" so policies can compare safely. */
export interface TransactionContext {
  requestId: string;
  actorId: string | null;
  agencyId: string | null;
  /** Permission codes of the actor; policies ask `lantern_has_permission(...)`. */
  permissions?: readonly string[];
}

/**
 * The one way requests reach the database: a transaction that first switches to the restricted request
 * role and records the actor and agency in transaction-local settings (`set_config(..., true)`), which
 * row-level-security policies read. Nothing is ever set per connection, so a pooled connection carries
 * no context from one request into the next.
 */
export function runInRequestTransaction<T>(
  db: AppDatabase,
  context: TransactionContext,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      select set_config('role', ${REQUEST_ROLE}, true),
             set_config('lantern.request_id', ${context.requestId}, true),
             set_config('lantern.actor_id', ${context.actorId ?? ''}, true),
             set_config('lantern.agency_id', ${context.agencyId ?? ''}, true),
             set_config('lantern.permissions', ${(context.permissions ?? []).join(',')}, true)`);
    const result = await work(tx);
    await sweepLapsedHits(tx);
    return result;
  });
}
