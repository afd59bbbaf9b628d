import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { recordStatements } from '../../test-support/statement-log';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { buildIndicatorCountry } from './indicator-fixture.test-support';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>>;

describe(`an agency's own indicator table (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  let colleague: TestUser;
  const as = signedInClients(() => t, TestClient);
  const path =
    '/api/indicators/persons_received/values?scope=own&period=quarter&from=2026-01-01&to=2026-12-31&by=sex';
  const read = async (user: TestUser) => {
    const log = recordStatements(t.testDb.database);
    const { status, json } = await (await as(user)).request('GET', path);
    expect(status).toBe(200);
    return {
      total: json.total.value as number,
      // The pass's one grouping statement over the own view (compile-pass.ts).
      computed: log.statements.some((statement) =>
        /from indicator_case_facts_own f\b[\s\S]*group by/.test(statement),
      ),
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    users = await buildIndicatorCountry(t);
    colleague = await t.createUser('supervisor.a2', users.supervisorA.agencyId, ['supervisor']);
  }, 60_000);
  afterAll(() => t.close());

  it('is kept for its one reader while nothing changes, never handed to another, and exact after a change', async () => {
    const first = await read(users.supervisorA);
    expect(first.computed).toBe(true);
    expect(first.total).toBeGreaterThan(0);
    const total = first.total;
    // The same reader again, nothing changed: answered without computing.
    expect(await read(users.supervisorA)).toEqual({ total, computed: false });
    // A colleague of the same agency, with the same role, gets a table computed for them.
    expect(await read(colleague)).toEqual({ total, computed: true });
    // One of the agency's cases leaves 2026: the reader's next table counts it out at once.
    await t.testDb.asOwner(async (owner) => {
      await owner.query(
        `update cases set received_on = '2025-06-01'
          where id = (select min(id::text)::uuid from cases where owner_agency_id = $1 and received_on >= '2026-01-01')`,
        [users.supervisorA.agencyId],
      );
      await recordSystemAudit(owner, { action: 'test.fixture', resourceType: 'case' });
    });
    expect(await read(users.supervisorA)).toEqual({ total: total - 1, computed: true });
  });
});
