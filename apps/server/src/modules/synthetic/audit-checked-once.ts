import type { SqlSession } from '../../db/types';

/** The bulk load wrote rows but no audit event in its transaction (what the per-row guard would refuse). */
export class UnauditedBulkLoadError extends Error {
  override name = 'UnauditedBulkLoadError';
}

/**
 * Runs a bulk load of the synthetic seed with the audit guard checked once for the transaction instead of once
 * per row. Every audited table has a deferred constraint trigger (`lantern_require_audit`) that, at commit, looks
 * for an audit event of the transaction — for each row written: a third of the database's work in a seed of
 * a million persons, to answer one question a million times. Here the schema owner sets those triggers aside on
 * `tables`, in its own transaction only (the change is transactional and holds a lock that keeps other writers of
 * these tables waiting; no other transaction ever sees the triggers off, and a rollback puts them back), asks
 * the question once after the load, and turns them on again before commit. The guarantee is unchanged: the
 * transaction commits only with an audit event of its own. Only the table owner can do this (the request role
 * cannot alter tables), and nothing but the seed does; there is no setting that turns the guard off.
 */
export async function withAuditCheckedOnce<T>(
  session: SqlSession,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const { rows: guards } = await session.query<{ table_name: string; trigger_name: string }>(
    `select c.relname as table_name, t.tgname as trigger_name
       from pg_trigger t
       join pg_class c on c.oid = t.tgrelid
       join pg_proc p on p.oid = t.tgfoid
      where p.proname = 'lantern_require_audit' and c.relnamespace = 'public'::regnamespace
        and c.relname = any($1::text[]) and t.tgenabled <> 'D'
      order by c.relname`,
    [[...new Set(tables)]],
  );
  const alter = (verb: 'disable' | 'enable') =>
    session.exec(
      guards
        .map((guard) => `alter table public."${guard.table_name}" ${verb} trigger "${guard.trigger_name}";`)
        .join('\n'),
    );
  if (guards.length > 0) await alter('disable');
  const result = await load();
  const { rows } = await session.query<{ audited: boolean }>(
    'select exists (select 1 from audit_events where tx_id = txid_current()) as audited',
  );
  if (!rows[0]?.audited)
    throw new UnauditedBulkLoadError('lantern: bulk load without an audit event in the same transaction');
  if (guards.length > 0) await alter('enable');
  return result;
}
