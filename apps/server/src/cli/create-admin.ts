import { parseArgs } from 'node:util';
import { usernameSchema } from '@lantern/domain';
import { recordSystemAudit } from '../audit/system-audit';
import { hashToken, randomToken } from '../auth/tokens';
import { InstallationError } from '../db/installation';
import type { Database, SqlSession } from '../db/types';
import { newId } from '../lib/ids';
import { SETUP_LINK_MINUTES } from '../modules/auth/passwords';
import { ensureInstallationRows } from './installation-rows';
import { openRuntime } from './open';

/**
 * A demo's accounts have published passwords and its data is synthetic: a real administrator there would sit
 * beside both. Refused in the transaction that would create them, so a demo cannot turn into a real installation.
 */
async function refuseOnDemo(session: SqlSession): Promise<void> {
  const { rows } = await session.query<{ demo: boolean }>(
    `select coalesce((select value = 'true'::jsonb from instance_settings where key = 'demo'), false)
         or exists (select 1 from users where demo and disabled_at is null) as demo`,
  );
  if (rows[0]?.demo)
    throw new InstallationError(
      'This database holds the demo (synthetic agencies, cases and accounts with published passwords). ' +
        'Real accounts start from an empty database: stop the server, then run this command again with an empty ' +
        'LANTERN_DATA_DIR (or another DATABASE_URL), and start that one with `lantern serve` (no --demo).',
    );
}

/**
 * `lantern users:create-admin`: the first system administrator of a real installation (there is no
 * sign-up). Prints a one-time link, valid 30 minutes, with which they set their own password; they enrol
 * their authenticator at first sign-in.
 */
export async function createAdminCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      'agency-name': { type: 'string' },
      province: { type: 'string', default: '01' },
      'base-url': { type: 'string', default: 'http://localhost:3000' },
    },
  });
  const username = usernameSchema.safeParse(values.username ?? '');
  if (!username.success || !values.name || !values['agency-name'] || !/^\d{2}$/.test(values.province ?? '')) {
    process.stderr.write(
      'Usage: lantern users:create-admin --username NAME --name "Full name" --agency-name "Agency" [--province 01] [--base-url URL]\n',
    );
    return 1;
  }
  const { database } = await openRuntime();
  try {
    const { token } = await createFirstAdmin(database, {
      username: username.data,
      name: values.name,
      agencyName: values['agency-name'],
      province: values.province as string,
    });
    process.stdout.write(
      `Administrator ${username.data} created. Within ${SETUP_LINK_MINUTES} minutes, open:\n${values['base-url']}/set-password?token=${token}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

/** The administrator, their agency and a one-time password link, in one audited transaction. */
export async function createFirstAdmin(
  database: Database,
  input: { username: string; name: string; agencyName: string; province: string },
): Promise<{ userId: string; token: string }> {
  await ensureInstallationRows(database);
  const owner = await database.openOwner();
  if (!owner)
    throw new InstallationError('Creating an administrator needs the owner connection (DATABASE_OWNER_URL)');
  const token = randomToken();
  const userId = newId();
  try {
    await owner.transaction(async (session) => {
      await refuseOnDemo(session);
      const taken = await session.query('select 1 from users where username = $1', [input.username]);
      if (taken.rows.length > 0) throw new InstallationError(`The username ${input.username} is taken`);
      const agencyId = newId();
      await session.query(
        'insert into agencies (id, name, type_code, province_code) values ($1, $2, $3, $4)',
        [agencyId, input.agencyName, 'ministry', input.province],
      );
      await session.query(
        'insert into users (id, agency_id, username, display_name) values ($1, $2, $3, $4)',
        [userId, agencyId, input.username, input.name],
      );
      await session.query(
        "insert into user_roles (user_id, role_id) select $1, id from roles where code = 'system_admin'",
        [userId],
      );
      await session.query(
        'insert into password_setup_tokens (id, user_id, token_hash, expires_at) values ($1, $2, $3, $4)',
        [newId(), userId, hashToken(token), new Date(Date.now() + SETUP_LINK_MINUTES * 60_000).toISOString()],
      );
      await recordSystemAudit(session, {
        action: 'system.create_admin',
        resourceType: 'user',
        resourceId: userId,
      });
    });
  } finally {
    await owner.close();
  }
  return { userId, token };
}
