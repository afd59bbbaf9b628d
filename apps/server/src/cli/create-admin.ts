import { parseArgs } from 'node:util';
import { usernameSchema } from '@lantern/domain';
import { recordSystemAudit } from '../audit/system-audit';
import { hashToken, randomToken } from '../auth/tokens';
import { ensureSeedRows } from '../db/bootstrap';
import { newId } from '../lib/ids';
import { SETUP_LINK_MINUTES } from '../modules/auth/passwords';
import { openRuntime } from './open';

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
    await ensureSeedRows(database);
    const owner = await database.openOwner();
    if (!owner) throw new Error('Creating an administrator needs the owner connection (DATABASE_OWNER_URL)');
    const token = randomToken();
    try {
      await owner.transaction(async (session) => {
        const taken = await session.query('select 1 from users where username = $1', [username.data]);
        if (taken.rows.length > 0) throw new Error(`The username ${username.data} is taken`);
        const agencyId = newId();
        const userId = newId();
        await session.query(
          'insert into agencies (id, name, type_code, province_code) values ($1, $2, $3, $4)',
          [agencyId, values['agency-name'], 'ministry', values.province],
        );
        await session.query(
          'insert into users (id, agency_id, username, display_name) values ($1, $2, $3, $4)',
          [userId, agencyId, username.data, values.name],
        );
        await session.query(
          "insert into user_roles (user_id, role_id) select $1, id from roles where code = 'system_admin'",
          [userId],
        );
        await session.query(
          'insert into password_setup_tokens (id, user_id, token_hash, expires_at) values ($1, $2, $3, $4)',
          [
            newId(),
            userId,
            hashToken(token),
            new Date(Date.now() + SETUP_LINK_MINUTES * 60_000).toISOString(),
          ],
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
    process.stdout.write(
      `Administrator ${username.data} created. Within ${SETUP_LINK_MINUTES} minutes, open:\n${values['base-url']}/set-password?token=${token}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
