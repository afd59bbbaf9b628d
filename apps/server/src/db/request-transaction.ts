import { type SQL, sql } from 'drizzle-orm';
import { type HeldTransaction, holdTransaction } from './held-transaction';
import { queryRows } from './query-rows';
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

const actorSettings = (context: TransactionContext): SQL => sql`
  set_config('lantern.actor_id', ${context.actorId ?? ''}, true),
  set_config('lantern.agency_id', ${context.agencyId ?? ''}, true),
  set_config('lantern.permissions', ${(context.permissions ?? []).join(',')}, true)`;

/**
 * The role first: every later expression of a request transaction runs as the request role. JIT compilation off:
 * row-level security's subplans make the planner cost a statement that reads a few hundred rows above
 * `jit_above_cost`, and compiling it (≈ 90 ms, per execution) cost more than running it (≈ 12 ms) — at 1,000,000
 * persons it was 80 % of the case list's database time (bench/README, December 7, round 3).
 */
const requestSettings = (requestId: string): SQL => sql`
  set_config('role', ${REQUEST_ROLE}, true),
  set_config('jit', 'off', true),
  set_config('lantern.request_id', ${requestId}, true)`;

/** Whether two contexts give the policies the same actor, agency and permissions. */
export function sameActor(a: TransactionContext, b: TransactionContext): boolean {
  return (
    (a.actorId ?? '') === (b.actorId ?? '') &&
    (a.agencyId ?? '') === (b.agencyId ?? '') &&
    (a.permissions ?? []).join(',') === (b.permissions ?? []).join(',')
  );
}

/** A request's work, then the rate-limit sweep, which costs a statement only when the work counted a hit. */
async function runWork<T>(tx: Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await work(tx);
  await sweepLapsedHits(tx);
  return result;
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
    await tx.execute(sql`select ${requestSettings(context.requestId)}, ${actorSettings(context)}`);
    return runWork(tx, work);
  });
}

/**
 * A request transaction begun by its first statement — the request role, the request id and `opening`, one
 * SQL expression that sets the actor settings itself (the session function, migration 0018) — and held open
 * for the request's work. Its value is what `opening` answered.
 */
export async function holdRequestTransaction<Value>(
  db: AppDatabase,
  requestId: string,
  opening: SQL,
): Promise<{ value: Value | null; held: HeldTransaction }> {
  const { opened, held } = await holdTransaction(db, async (tx) => {
    const [row] = await queryRows<{ value: Value | null }>(
      tx,
      sql`select ${requestSettings(requestId)}, ${opening} as value`,
    );
    return row?.value ?? null;
  });
  return { value: opened, held };
}

/**
 * Runs `work` as the request's work in a held request transaction and commits it. `actor` names who acts now
 * when that differs from the actor the transaction was opened for (a sign-in step changed it).
 */
export function finishRequestTransaction<T>(
  held: HeldTransaction,
  actor: TransactionContext | null,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return held.finish(async (tx) => {
    if (actor) await tx.execute(sql`select ${actorSettings(actor)}`);
    return runWork(tx, work);
  });
}
