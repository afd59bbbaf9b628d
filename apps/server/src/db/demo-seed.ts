import { agencyTypesIn, todayInVietNam } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { recordSystemAudit } from '../audit/system-audit';
import { hashPassword } from '../auth/passwords';
import { newId } from '../lib/ids';
import type { KeyRing } from '../lib/key-ring';
import { queryRows } from './query-rows';
import { runInRequestTransaction } from './request-transaction';
import { ensureAgencyGrid } from './seed/agency-grid';
import { markAsDemo } from './seed/mark-as-demo';
import { readSyntheticState, seedSynthetic } from './seed/synthetic-seed';
import type { Database, SqlSession } from './types';

/** Documented in the README. Demo accounts skip the second factor, and only in demo mode. */
export const DEMO_PASSWORD = 'demo-lantern-2026';

/** Synthetic cases in a new demo: enough to fill lists and charts, quick to make on the embedded engine. */
export const DEMO_CASES = 1500;
/** The demo's dataset seed: every demo shows the same people (dates follow the day it was made). */
export const DEMO_SEED = 2026;

/** Documented accounts, placed in agencies of the synthetic country (`type:province`, or the ministry). */
const DEMO_USERS = [
  { username: 'admin', name: 'Quản trị hệ thống (demo)', agency: 'ministry', roles: ['system_admin'] },
  { username: 'auditor', name: 'Kiểm toán viên (demo)', agency: 'ministry', roles: ['auditor'] },
  {
    username: 'analyst',
    name: 'Cán bộ chương trình (demo)',
    agency: 'ministry',
    roles: ['programme_analyst'],
  },
  { username: 'swc.admin', name: 'Phạm Quốc Huy', agency: 'social_work_centre:15', roles: ['agency_admin'] },
  { username: 'lan.nguyen', name: 'Nguyễn Thị Lan', agency: 'social_work_centre:15', roles: ['case_worker'] },
  { username: 'minh.tran', name: 'Trần Văn Minh', agency: 'social_work_centre:15', roles: ['supervisor'] },
  { username: 'hoa.le', name: 'Lê Thị Hoa', agency: 'commune_police:15', roles: ['frontline_screener'] },
  {
    username: 'duc.bien',
    name: 'Hoàng Minh Đức',
    agency: 'border_guard_post:15',
    roles: ['frontline_screener'],
  },
  { username: 'mai.vo', name: 'Võ Thị Mai', agency: 'womens_union_one_stop:91', roles: ['case_worker'] },
] as const;

async function isDemoInstance(session: SqlSession): Promise<boolean> {
  const { rows } = await session.query<{ value: unknown }>(
    "select value from instance_settings where key = 'demo'",
  );
  return rows[0]?.value === true;
}

/** The documented accounts, in the agencies of the synthetic country; 'refused' when real accounts exist. */
async function seedDemoAccounts(database: Database): Promise<'seeded' | 'already_demo' | 'refused'> {
  const owner = await database.openOwner();
  if (!owner) return 'refused';
  const passwordHash = await hashPassword(DEMO_PASSWORD);
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
      const grid = await ensureAgencyGrid(session, agencyTypesIn);
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
 * Demo mode: on an empty database, agencies across the 34 provinces with synthetic staff, the documented demo
 * accounts, and a synthetic caseload (`cases` registrations), and the installation is marked as a demo.
 * Refuses (returns 'refused') when the database already holds accounts that are not demo ones, so real data
 * never runs under documented passwords.
 */
export async function seedDemo(
  database: Database,
  keys: KeyRing,
  options: { cases?: number } = {},
): Promise<'seeded' | 'already_demo' | 'refused'> {
  const outcome = await seedDemoAccounts(database);
  if (outcome === 'refused') return outcome;
  const cases = options.cases ?? DEMO_CASES;
  const state = await readSyntheticState(database);
  // A new demo gets its caseload; one whose first start was interrupted gets the rest of it.
  if (outcome === 'seeded' && cases > 0)
    await seedSynthetic(database, keys, { seed: DEMO_SEED, asOf: todayInVietNam(), total: cases });
  else if (state?.seed === DEMO_SEED && state.loaded < cases)
    await seedSynthetic(database, keys, { seed: DEMO_SEED, asOf: state.asOf, total: cases });
  return outcome;
}

export async function readDemoFlag(database: Database): Promise<boolean> {
  const rows = await runInRequestTransaction(
    database.db,
    { requestId: 'startup', actorId: null, agencyId: null },
    (tx) => queryRows<{ value: unknown }>(tx, sql`select value from instance_settings where key = 'demo'`),
  );
  return rows[0]?.value === true;
}
