import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { buildIndicatorCountry } from './indicator-fixture.test-support';

/**
 * case_statistics (migration 0055) is what every case, referral and visit indicator reads. It must always equal
 * its definition — the case, its person, its agency and its first support delivery — whatever happened since.
 * Compared here with the definition worked out afresh over every case, after each kind of change.
 */
const columns = `id::text, owner_agency_id::text, province_code, received_on::text, verified_on::text,
  identified_on::text, first_support_on::text, sex, age_band, nationality, exploitation_types::text,
  recruitment_methods::text, recruitment_platforms::text, destination_country, agency_type`;
type Row = Record<string, string | null>;
const sorted = (rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();

describe(`case_statistics follows cases, persons, agencies and support deliveries (${testEngine})`, () => {
  let t: TestApp;
  let users: Awaited<ReturnType<typeof buildIndicatorCountry>>;
  const owner = <T>(work: (o: SqlSession) => Promise<T>) => t.testDb.asOwner(work);
  // A change as the schema owner, with the audit event the guard asks of every change.
  const change = (work: (o: SqlSession) => Promise<unknown>) =>
    owner(async (o) => {
      await work(o);
      await recordSystemAudit(o, { action: 'test.fixture' });
    });
  const caseId = async (code: string) =>
    owner<string>(async (o) => {
      const { rows } = await o.query<{ id: string }>('select id::text from cases where code = $1', [code]);
      return rows[0]?.id ?? '';
    });

  async function expectTableMatchesDefinition(): Promise<Map<string, Row>> {
    const [kept, defined] = await owner<[Row[], Row[]]>(async (o) => [
      (await o.query<Row>(`select ${columns} from case_statistics`)).rows,
      (await o.query<Row>(`select ${columns} from case_statistics_rule`)).rows,
    ]);
    expect(kept.length).toBeGreaterThan(0);
    expect(sorted(kept)).toEqual(sorted(defined));
    return new Map(kept.map((row) => [row.id as string, row]));
  }

  beforeAll(async () => {
    t = await createTestApp();
    users = await buildIndicatorCountry(t);
  }, 60_000);
  afterAll(() => t.close());

  it('holds every case of the hand-built country as its definition says', async () => {
    const rows = await expectTableMatchesDefinition();
    const a1 = rows.get(await caseId('a1'));
    expect(a1).toMatchObject({ province_code: '42', sex: 'Feminine', agency_type: 'social_work_centre' });
    expect(a1?.identified_on).not.toBeNull();
    expect(a1?.first_support_on).not.toBeNull();
  });

  it('follows a decided status, a transfer, a new destination and a new person record', async () => {
    const am1 = await caseId('am1');
    await change(async (o) => {
      await o.query(
        `update cases set trafficking_status = 'ActualVictimOfTrafficking', status_decided_on = '2026-02-12',
           journey = '{"exploitation":[{"country":"KH"}]}' where id = $1`,
        [am1],
      );
      await o.query(
        `update persons set sex = 'Feminine', nationality = 'VN'
                      where id = (select person_id from cases where id = $1)`,
        [am1],
      );
    });
    let row = (await expectTableMatchesDefinition()).get(am1);
    expect(row).toMatchObject({ identified_on: '2026-02-12', destination_country: 'KH', sex: 'Feminine' });

    await change((o) =>
      o.query(
        `update cases set owner_agency_id = (select owner_agency_id from cases where code = 'bf1'),
           province_code = '01' where id = $1`,
        [am1],
      ),
    );
    row = (await expectTableMatchesDefinition()).get(am1);
    expect(row).toMatchObject({ province_code: '01', agency_type: 'commune_police' });
  });

  it('follows support deliveries recorded, approved, corrected and removed', async () => {
    const a6 = await caseId('a6');
    const a5 = await caseId('a5');
    await change(async (o) => {
      await o.query(
        `insert into support_deliveries (id, case_id, regime, delivered_on, agency_id, recorded_by, status)
         select gen_random_uuid(), id, 'vn.Medical', date '2026-03-20' - n, owner_agency_id, $2, 'recorded'
         from cases, generate_series(0, 1) n where id = $1`,
        [a6, users.supervisorA.id],
      );
      // a5's draft becomes support once a supervisor approves it.
      await o.query(`update support_deliveries set status = 'approved' where case_id = $1`, [a5]);
    });
    const rows = await expectTableMatchesDefinition();
    expect(rows.get(a6)?.first_support_on).toBe('2026-03-19');
    expect(rows.get(a5)?.first_support_on).not.toBeNull();

    // A recorded delivery's day corrected, then (as an erasure would) a delivery removed.
    await change((o) =>
      o.query(
        `update support_deliveries set delivered_on = '2026-03-25' where case_id = $1 and delivered_on = '2026-03-19'`,
        [a6],
      ),
    );
    expect((await expectTableMatchesDefinition()).get(a6)?.first_support_on).toBe('2026-03-20');
    await change((o) =>
      o.query(`delete from support_deliveries where case_id = $1 and delivered_on = '2026-03-20'`, [a6]),
    );
    expect((await expectTableMatchesDefinition()).get(a6)?.first_support_on).toBe('2026-03-25');
  });

  it('follows an agency that changes type, and a new case', async () => {
    await change(async (o) => {
      await o.query(
        `update agencies set type_code = 'social_protection_centre' where id = (select owner_agency_id from cases where code = 'a1')`,
      );
      await o.query(
        `with p as (insert into persons (id, owner_agency_id, identity_sealed, sex, created_by)
           select gen_random_uuid(), owner_agency_id, 'sealed-fixture', 'Masculine', created_by
           from cases where code = 'a1' returning id, owner_agency_id, created_by)
         insert into cases (id, code, person_id, owner_agency_id, province_code, state, received_on,
           trafficking_status, intake_route, created_by)
         select gen_random_uuid(), 'new1', p.id, p.owner_agency_id, '42', 'received', '2026-04-01',
           'PossibleVictimOfTrafficking', 'vn.ReturnedByForeignAuthorities', p.created_by from p`,
      );
    });
    const rows = await expectTableMatchesDefinition();
    expect(rows.get(await caseId('a1'))?.agency_type).toBe('social_protection_centre');
    expect(rows.get(await caseId('new1'))).toMatchObject({ received_on: '2026-04-01', sex: 'Masculine' });
  });

  // Two transactions change the same case at once: the status is decided while a support delivery is recorded.
  // Each rewrites the case's row; the second waits for the first and reads what it committed, so neither
  // change is lost (computed from its own snapshot, the second would put the old status back).
  it.runIf(testEngine === 'postgres')('keeps both of two concurrent changes to one case', async () => {
    const a12 = await caseId('a12');
    let release!: () => void;
    let firstWrote!: () => void;
    const wrote = new Promise<void>((resolve) => {
      firstWrote = resolve;
    });
    const first = owner(async (o) => {
      await o.query(
        `update cases set trafficking_status = 'ActualVictimOfTrafficking', status_decided_on = '2026-02-11'
         where id = $1`,
        [a12],
      );
      await recordSystemAudit(o, { action: 'test.fixture' });
      firstWrote();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await wrote;
    const second = change((o) =>
      o.query(
        `insert into support_deliveries (id, case_id, regime, delivered_on, agency_id, recorded_by, status)
         select gen_random_uuid(), id, 'vn.Shelter', '2026-02-15', owner_agency_id, $2, 'recorded'
         from cases where id = $1`,
        [a12, users.supervisorA.id],
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await Promise.all([first, second]);
    const row = (await expectTableMatchesDefinition()).get(a12);
    expect(row).toMatchObject({ identified_on: '2026-02-11', first_support_on: '2026-02-15' });
  });

  // The application locks a case before it changes it (a status decided); a support delivery changed meanwhile
  // locks the same case in its rewrite and only then refers to it (an event on the timeline). Had the rewrite
  // locked something the case holder needs later, the two would wait on each other until PostgreSQL killed one.
  it.runIf(testEngine === 'postgres')(
    'waits for a case being changed instead of deadlocking with it',
    async () => {
      const a7 = await caseId('a7');
      await change((o) =>
        o.query(
          `insert into support_deliveries (id, case_id, regime, delivered_on, agency_id, recorded_by, status)
         select gen_random_uuid(), id, 'vn.Medical', '2026-03-01', owner_agency_id, $2, 'recorded'
         from cases where id = $1`,
          [a7, users.supervisorA.id],
        ),
      );
      let release!: () => void;
      let locked!: () => void;
      const caseLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const decide = change(async (o) => {
        await o.query('select id from cases where id = $1 for update', [a7]);
        locked();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        await o.query(`update cases set status_decided_on = '2026-02-13' where id = $1`, [a7]);
      });
      await caseLocked;
      const correct = change(async (o) => {
        await o.query(`update support_deliveries set delivered_on = '2026-02-28' where case_id = $1`, [a7]);
        // What a foreign key to the case asks (a timeline event, an approval request).
        await o.query('select id from cases where id = $1 for key share', [a7]);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await Promise.all([decide, correct]);
      const row = (await expectTableMatchesDefinition()).get(a7);
      expect(row).toMatchObject({ verified_on: '2026-02-13', first_support_on: '2026-02-28' });
    },
  );

  it('is read by nobody but the indicator views, whatever the request may do', async () => {
    const denied = await runInRequestTransaction(
      t.testDb.database.db,
      {
        requestId: newId(),
        actorId: users.analyst.id,
        agencyId: users.analyst.agencyId,
        permissions: ['indicators.read', 'stats.read_aggregate', 'case.read', 'case.read_province'],
      },
      (tx) => queryRows(tx, sql`select count(*) from case_statistics`),
    ).catch((error: Error & { cause?: Error }) => `${error.message} ${error.cause?.message ?? ''}`);
    expect(denied).toMatch(/permission denied/);
  });
});
