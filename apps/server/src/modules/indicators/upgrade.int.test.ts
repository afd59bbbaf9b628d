import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { loadMigrations } from '../../db/migrations';
import { migrate } from '../../db/migrator';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { createTestDatabase, testEngine } from '../../test-support/test-database';

// An installation that collected feedback and complaints before migration 0042 counts them in the new national
// views at once, and its later writes move the national table cache's counter.
describe(`migration 0042 on an existing installation (${testEngine})`, () => {
  it('counts feedback and complaints given before it, nationally only', async () => {
    const all = loadMigrations();
    const before = all.filter((migration) => migration.tag < '0042');
    expect(before.at(-1)?.tag).toMatch(/^0041/);
    const testDb = await createTestDatabase({ migrations: before });
    try {
      const [about, handler] = [newId(), newId()];
      const write = (statement: string, values: unknown[] = []) =>
        testDb.asOwner(async (owner) => {
          await owner.query(statement, values);
          await recordSystemAudit(owner, { action: 'test.fixture' });
        });
      await write(`insert into agency_types (code) values ('social_work_centre'), ('ministry')`);
      await write(
        `insert into agencies (id, name, type_code, province_code)
         values ($1, 'Trung tâm', 'social_work_centre', '42'), ($2, 'Bộ', 'ministry', '01')`,
        [about, handler],
      );
      await write(
        `insert into feedback_responses (agency_id, service_type, period_month, instrument_id, instrument_version, answers)
         values ($1, 'vn.Shelter', '2026-05-01', 'lantern-feedback', 1, '{"respect":"yes","safety":"partly"}'),
           ($1, 'vn.Shelter', '2026-05-01', 'lantern-feedback', 1, '{"respect":"no"}')`,
        [about],
      );
      await write(
        `insert into complaints (id, receipt_hash, concerned_agency_id, handling_agency_id, category,
           description_sealed, channel, due_on)
         values ($1, 'before-0042', $2, $3, 'delay', 'sealed', 'public', '2026-06-01')`,
        [newId(), about, handler],
      );
      await migrate(testDb.database, all);
      const read = (permissions: ('stats.read_aggregate' | 'indicators.read')[]) =>
        runInRequestTransaction(
          testDb.database.db,
          { requestId: newId(), actorId: null, agencyId: about, permissions },
          async (tx) =>
            (
              await queryRows<{ satisfied: (boolean | null)[]; complaints: number }>(
                tx,
                sql`select (select array_agg(satisfied order by satisfied desc) from indicator_feedback_facts_national)
                    as satisfied, (select count(*)::int from indicator_complaint_facts_national) as complaints`,
              )
            )[0],
        );
      expect(await read(['stats.read_aggregate'])).toEqual({ satisfied: [true, false], complaints: 1 });
      expect(await read(['indicators.read'])).toEqual({ satisfied: null, complaints: 0 });
      const stamp = () =>
        testDb.asOwner(async (owner) => {
          const { rows } = await owner.query<{ value: string }>(
            'select last_value::text as value from statistics_changes',
          );
          return rows[0]?.value;
        });
      const earlier = await stamp();
      await write(`update complaints set status = 'in_review'`);
      expect(await stamp()).not.toBe(earlier);
    } finally {
      await testDb.close();
    }
  }, 180_000);
});
