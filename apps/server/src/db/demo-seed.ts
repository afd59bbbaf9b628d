import { sql } from 'drizzle-orm';
import { recordSystemAudit } from '../audit/system-audit';
import { hashPassword } from '../auth/passwords';
import { newId } from '../lib/ids';
import { queryRows } from './query-rows';
import { runInRequestTransaction } from './request-transaction';
import type { Database, SqlSession } from './types';

/** Documented in the README. Demo accounts skip the second factor, and only in demo mode. */
export const DEMO_PASSWORD = 'demo-lantern-2026';

const DEMO_AGENCIES = [
  { key: 'ministry', name: 'Cục Bảo trợ xã hội (Trung ương)', type: 'ministry', province: '01' },
  { key: 'swc', name: 'Trung tâm Công tác xã hội tỉnh Lào Cai', type: 'social_work_centre', province: '15' },
  { key: 'police', name: 'Công an xã Bát Xát', type: 'commune_police', province: '15', commune: null },
  { key: 'border', name: 'Đồn Biên phòng Lào Cai', type: 'border_guard_post', province: '15' },
  {
    key: 'wu',
    name: 'Văn phòng hỗ trợ một cửa — Hội LHPN tỉnh An Giang',
    type: 'womens_union_one_stop',
    province: '91',
  },
] as const;

const DEMO_USERS = [
  { username: 'admin', name: 'Quản trị hệ thống (demo)', agency: 'ministry', roles: ['system_admin'] },
  { username: 'auditor', name: 'Kiểm toán viên (demo)', agency: 'ministry', roles: ['auditor'] },
  {
    username: 'analyst',
    name: 'Cán bộ chương trình (demo)',
    agency: 'ministry',
    roles: ['programme_analyst'],
  },
  { username: 'swc.admin', name: 'Phạm Quốc Huy', agency: 'swc', roles: ['agency_admin'] },
  { username: 'lan.nguyen', name: 'Nguyễn Thị Lan', agency: 'swc', roles: ['case_worker'] },
  { username: 'minh.tran', name: 'Trần Văn Minh', agency: 'swc', roles: ['supervisor'] },
  { username: 'hoa.le', name: 'Lê Thị Hoa', agency: 'police', roles: ['frontline_screener'] },
  { username: 'duc.bien', name: 'Hoàng Minh Đức', agency: 'border', roles: ['frontline_screener'] },
  { username: 'mai.vo', name: 'Võ Thị Mai', agency: 'wu', roles: ['case_worker'] },
] as const;

async function isDemoInstance(session: SqlSession): Promise<boolean> {
  const { rows } = await session.query<{ value: unknown }>(
    "select value from instance_settings where key = 'demo'",
  );
  return rows[0]?.value === true;
}

/**
 * Demo mode: on an empty database, creates synthetic agencies and accounts and marks the installation as a
 * demo. Refuses (returns 'refused') when the database already holds accounts that are not demo ones, so
 * real data never runs under documented passwords.
 */
export async function seedDemo(database: Database): Promise<'seeded' | 'already_demo' | 'refused'> {
  const owner = await database.openOwner();
  if (!owner) return 'refused';
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    return await owner.transaction(async (session) => {
      const { rows } = await session.query<{ n: number }>('select count(*)::int as n from users');
      if ((rows[0]?.n ?? 0) > 0) return (await isDemoInstance(session)) ? 'already_demo' : 'refused';
      const roleIds = new Map(
        (await session.query<{ id: string; code: string }>('select id, code from roles')).rows.map((r) => [
          r.code,
          r.id,
        ]),
      );
      const agencyIds = new Map<string, string>();
      for (const agency of DEMO_AGENCIES) {
        const id = newId();
        agencyIds.set(agency.key, id);
        await session.query(
          'insert into agencies (id, name, type_code, province_code) values ($1, $2, $3, $4)',
          [id, agency.name, agency.type, agency.province],
        );
      }
      for (const user of DEMO_USERS) {
        const id = newId();
        await session.query(
          `insert into users (id, agency_id, username, display_name, password_hash, password_changed_at, demo)
           values ($1, $2, $3, $4, $5, now(), true)`,
          [id, agencyIds.get(user.agency), user.username, user.name, passwordHash],
        );
        for (const role of user.roles) {
          await session.query('insert into user_roles (user_id, role_id) values ($1, $2)', [
            id,
            roleIds.get(role),
          ]);
        }
      }
      await session.query(
        "insert into instance_settings (key, value) values ('demo', 'true'::jsonb) on conflict (key) do update set value = 'true'::jsonb, updated_at = now()",
      );
      await recordSystemAudit(session, {
        action: 'system.demo_seed',
        details: { agencies: DEMO_AGENCIES.length, users: DEMO_USERS.length },
      });
      return 'seeded';
    });
  } finally {
    await owner.close();
  }
}

export async function readDemoFlag(database: Database): Promise<boolean> {
  const rows = await runInRequestTransaction(
    database.db,
    { requestId: 'startup', actorId: null, agencyId: null },
    (tx) => queryRows<{ value: unknown }>(tx, sql`select value from instance_settings where key = 'demo'`),
  );
  return rows[0]?.value === true;
}
