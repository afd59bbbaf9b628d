import { sql } from 'drizzle-orm';
import { recordSystemAudit } from '../audit/system-audit';
import { queryRows } from './query-rows';
import { runInRequestTransaction } from './request-transaction';
import type { Database, SqlSession } from './types';

/** What start-up decisions depend on: is this a demo, does it hold real accounts, is it keyed yet. */
export interface InstallationState {
  /** The demo flag is set (instance_settings 'demo' = true). */
  demoFlag: boolean;
  /** Accounts that are not demo ones: `lantern users:create-admin`, or any account made outside a demo. */
  realAccounts: number;
  /** Demo accounts that can still sign in. */
  activeDemoAccounts: number;
  /** Wrapped data keys: zero means no master key has ever been used with this database. */
  dataKeys: number;
}

export async function readInstallation(database: Database): Promise<InstallationState> {
  const [row] = await runInRequestTransaction(
    database.db,
    { requestId: 'startup', actorId: null, agencyId: null },
    (tx) =>
      queryRows<InstallationState>(
        tx,
        sql`select
              coalesce((select value = 'true'::jsonb from instance_settings where key = 'demo'), false) as "demoFlag",
              (select count(*)::int from users where not demo) as "realAccounts",
              (select count(*)::int from users where demo and disabled_at is null) as "activeDemoAccounts",
              (select count(*)::int from data_keys) as "dataKeys"`,
      ),
  );
  if (!row) throw new Error('reading the installation state returned nothing');
  return row;
}

/** A demo is an installation flagged as one that holds no real account; real accounts end it. */
export const isDemoInstallation = (state: InstallationState): boolean =>
  state.demoFlag && state.realAccounts === 0;

/** The demo still holds doors open that real accounts must not sit behind. */
export const demoNeedsEnding = (state: InstallationState): boolean =>
  state.realAccounts > 0 && (state.demoFlag || state.activeDemoAccounts > 0);

export class InstallationError extends Error {
  override name = 'InstallationError';
}

/**
 * Ends the demo: every demo account is disabled, loses its published password and its sessions and unused
 * password links, and the installation is no longer flagged as a demo (no banner, no sign-in without a second
 * factor). One transaction, audited. Runs when real accounts are found beside the demo (databases from before
 * creating a real account was refused on a demo).
 */
export async function endDemo(session: SqlSession, reason: 'real_accounts'): Promise<number> {
  const demoUsers = 'select id from users where demo';
  await session.query(
    `update sessions set revoked_at = now() where revoked_at is null and user_id in (${demoUsers})`,
  );
  await session.query(
    `update password_setup_tokens set used_at = now() where used_at is null and user_id in (${demoUsers})`,
  );
  const { rows } = await session.query<{ id: string }>(
    `update users set disabled_at = coalesce(disabled_at, now()), password_hash = null
      where demo and (disabled_at is null or password_hash is not null) returning id`,
  );
  await session.query(
    "update instance_settings set value = 'false'::jsonb, updated_at = now() where key = 'demo'",
  );
  await recordSystemAudit(session, {
    action: 'system.demo_end',
    resourceType: 'installation',
    details: { disabledAccounts: rows.length, reason },
  });
  return rows.length;
}

/** Ends the demo if real accounts sit beside it; needs the schema owner. Returns the accounts disabled, or null. */
export async function endDemoBesideRealAccounts(database: Database): Promise<number | null> {
  const state = await readInstallation(database);
  if (!demoNeedsEnding(state)) return null;
  const owner = await database.openOwner();
  if (!owner)
    throw new InstallationError(
      'This database holds real accounts beside the demo accounts, whose passwords are published. ' +
        'Start once with DATABASE_OWNER_URL set so the demo accounts can be disabled.',
    );
  try {
    return await owner.transaction((session) => endDemo(session, 'real_accounts'));
  } finally {
    await owner.close();
  }
}
