import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../audit/system-audit';
import { newId } from '../lib/ids';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { queryRows } from './query-rows';
import { runInRequestTransaction } from './request-transaction';

// A connection holding the request role can create temporary tables, and PostgreSQL searches pg_temp first for
// tables unless a search path names it. These tests stand forgeries in front of real tables, as such a
// connection could, and ask the functions the access rules rely on (migration 0055).
const ownAgency = newId();
const otherAgency = newId();
const otherGroup = newId();
let testDb: TestDatabase;

function asRequest<T>(permissions: string[], work: Parameters<typeof runInRequestTransaction<T>>[2]) {
  return runInRequestTransaction(
    testDb.database.db,
    { requestId: newId(), actorId: null, agencyId: ownAgency, permissions },
    work,
  );
}

describe(`functions read the real tables, not a temporary stand-in (${testEngine})`, () => {
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await testDb.asOwner(async (owner) => {
      await owner.query(`insert into agency_types (code) values ('ngo') on conflict do nothing`);
      await owner.query(
        `insert into agencies (id, name, type_code, province_code) values ($1, 'Own', 'ngo', '01'), ($2, 'Other', 'ngo', '79')`,
        [ownAgency, otherAgency],
      );
      await recordSystemAudit(owner, { action: 'test.fixture' });
    });
  });
  afterAll(() => testDb.close());

  it('a SECURITY DEFINER function answers from the real table behind a temporary one of the same name', async () => {
    const province = await asRequest([], async (tx) => {
      await queryRows(tx, sql`create temporary table agencies (id uuid, province_code text) on commit drop`);
      await queryRows(tx, sql`insert into agencies values (${ownAgency}, '79')`);
      const [row] = await queryRows<{ province: string }>(
        tx,
        sql`select lantern_current_province() as province`,
      );
      return row?.province;
    });
    expect(province).toBe('01');
  });

  it("a policy's helper does not take a temporary table for another agency's group", async () => {
    const managed = await asRequest(['group.manage'], async (tx) => {
      await queryRows(
        tx,
        sql`create temporary table self_help_groups (id uuid, agency_id uuid) on commit drop`,
      );
      await queryRows(tx, sql`insert into self_help_groups values (${otherGroup}, ${ownAgency})`);
      const [row] = await queryRows<{ managed: boolean }>(
        tx,
        sql`select lantern_group_managed(${otherGroup}) as managed`,
      );
      return row?.managed;
    });
    expect(managed).toBe(false);
  });

  it('every SECURITY DEFINER function pins its search path with pg_temp last and is not executable by PUBLIC', async () => {
    const functions = await testDb.asOwner(
      async (owner) =>
        (
          await owner.query<{ signature: string; config: string[] | null; public_may_execute: boolean }>(
            `select p.oid::regprocedure::text as signature, p.proconfig as config,
               exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                        where a.grantee = 0 and a.privilege_type = 'EXECUTE') as public_may_execute
             from pg_proc p join pg_namespace n on n.oid = p.pronamespace
             where n.nspname = 'public' and p.prosecdef order by 1`,
          )
        ).rows,
    );
    expect(functions.length).toBeGreaterThan(20);
    const unsafe = functions
      .filter((f) => !(f.config ?? []).includes('search_path=public, pg_temp') || f.public_may_execute)
      .map((f) => f.signature);
    expect(unsafe).toEqual([]);
  });
});
