import { agencyTypesIn, todayInVietNam } from '@lantern/domain';
import { recordSystemAudit } from '../../audit/system-audit';
import { hashPassword } from '../../auth/passwords';
import type { Database, SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { ensureAgencyGrid } from './agency-grid';
import { DEMO_USERS } from './demo-accounts';
import { seedDemoContacts } from './demo-contacts';
import { seedDemoGroups } from './demo-groups';
import { fillDemoInboxes } from './demo-inbox';
import { publishDemoServices } from './demo-services';
import { fillDemoSupport } from './demo-support';
import { seedDemoVoice } from './demo-voice';
import { markAsDemo } from './mark-as-demo';
import { seedDemoReintegration } from './reintegration-rows';
import { readSyntheticState, seedSynthetic } from './synthetic-seed';

/** Documented in the README. Demo accounts skip the second factor, and only in demo mode. */
export const DEMO_PASSWORD = 'demo-lantern-2026';

/** Synthetic cases in a new demo: enough to fill lists and charts, quick to make on the embedded engine. */
export const DEMO_CASES = 1500;
/** The demo's dataset seed: every demo shows the same people (dates follow the day it was made). */
export const DEMO_SEED = 2026;

async function isDemoInstance(session: SqlSession): Promise<boolean> {
  const { rows } = await session.query<{ value: unknown }>(
    "select value from instance_settings where key = 'demo'",
  );
  return rows[0]?.value === true;
}

export type DemoOutcome = 'seeded' | 'already_demo' | 'refused';

/**
 * Demo mode, first step: on an empty database, agencies across the 34 provinces with synthetic staff and the
 * documented demo accounts, and the installation is marked as a demo. Refuses (returns 'refused') when the
 * database already holds accounts that are not demo ones, so real data never runs under documented passwords.
 * Needs no master key: the key's place depends on whether this becomes a demo (see master-key.ts).
 */
export async function seedDemoAccounts(database: Database): Promise<DemoOutcome> {
  const owner = await database.openOwner();
  if (!owner) return 'refused';
  try {
    return await owner.transaction(async (session) => {
      const { rows } = await session.query<{ n: number }>(
        'select count(*)::int as n from users where username = any($1::text[])',
        [DEMO_USERS.map((user) => user.username)],
      );
      const { rows: real } = await session.query<{ n: number }>(
        'select count(*)::int as n from users where not demo',
      );
      if ((real[0]?.n ?? 0) > 0) return 'refused';
      if ((rows[0]?.n ?? 0) > 0) return (await isDemoInstance(session)) ? 'already_demo' : 'refused';
      // Hashed only for a new demo: argon2id costs half a second, which every restart would otherwise pay.
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const grid = await ensureAgencyGrid(session, agencyTypesIn);
      await publishDemoServices(session, grid);
      const roleIds = new Map(
        (await session.query<{ id: string; code: string }>('select id, code from roles')).rows.map((r) => [
          r.code,
          r.id,
        ]),
      );
      for (const user of DEMO_USERS) {
        const agency = user.agency === 'ministry' ? grid.ministry : grid.byTypeAndProvince.get(user.agency);
        if (!agency) throw new Error(`demo agency ${user.agency} is missing from the synthetic country`);
        const id = newId();
        await session.query(
          `insert into users (id, agency_id, username, display_name, password_hash, password_changed_at, demo)
           values ($1, $2, $3, $4, $5, now(), true)`,
          [id, agency.id, user.username, user.name, passwordHash],
        );
        for (const role of user.roles) {
          await session.query('insert into user_roles (user_id, role_id) values ($1, $2)', [
            id,
            roleIds.get(role),
          ]);
        }
      }
      await markAsDemo(session);
      await recordSystemAudit(session, {
        action: 'system.demo_seed',
        details: { agencies: grid.byTypeAndProvince.size + 1, users: DEMO_USERS.length },
      });
      return 'seeded';
    });
  } finally {
    await owner.close();
  }
}

/**
 * Demo mode, second step: the synthetic caseload (`cases` registrations) of a new demo, or the rest of it when
 * the first start was interrupted.
 */
export async function seedDemoCaseload(
  database: Database,
  keys: KeyRing,
  outcome: DemoOutcome,
  cases = DEMO_CASES,
): Promise<void> {
  if (outcome === 'refused') return;
  const state = await readSyntheticState(database);
  if (outcome === 'seeded' && cases > 0) {
    const programme = false; // the demo writes its own support, groups and contacts below
    await seedSynthetic(database, keys, { seed: DEMO_SEED, asOf: todayInVietNam(), total: cases, programme });
    const owner = await database.openOwner();
    if (owner)
      try {
        await owner.transaction(async (session) => {
          await fillDemoInboxes(session, keys);
          await seedDemoReintegration(session, keys, DEMO_SEED, todayInVietNam());
        });
        await owner.transaction((session) => seedDemoGroups(session, keys));
        await owner.transaction((session) => fillDemoSupport(session, keys));
        await owner.transaction((session) => seedDemoContacts(session, keys));
        await owner.transaction((session) => seedDemoVoice(session, keys, DEMO_SEED));
      } finally {
        await owner.close();
      }
  } else if (state?.seed === DEMO_SEED && state.loaded < cases)
    await seedSynthetic(database, keys, {
      seed: DEMO_SEED,
      asOf: state.asOf,
      total: cases,
      programme: false,
    });
}
