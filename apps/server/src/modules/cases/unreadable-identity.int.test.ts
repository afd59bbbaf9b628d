import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registerCase } from '../case-work/test-fixtures';

/**
 * A sealed identity opens only on the row it was sealed for. One that was altered, or copied onto another
 * person's row by someone holding the database, must not take the search down with it: the searcher still
 * gets every other candidate, and the auditor learns which record did not open.
 */
describe(`a search meets an identity that does not open (${testEngine})`, () => {
  let t: TestApp;
  let client: TestClient;
  let movedOnto: string;

  const personOf = async (caseId: string) =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ person_id: string }>('select person_id from cases where id = $1', [caseId]),
      )
    ).rows[0]?.person_id as string;

  beforeAll(async () => {
    t = await createTestApp();
    const agency = await t.createAgency('Trung tâm CTXH Lào Cai', '10');
    client = new TestClient(t.app);
    expect((await client.signIn(await t.createUser('searcher', agency, ['case_worker']))).status).toBe(200);
    const kept = await personOf(await registerCase(client, 'Vàng Thị Xuyến', '2002-04-17'));
    movedOnto = await personOf(await registerCase(client, 'Lò Văn Páo', '1990-06-02'));
    // Someone with the database in hand: no application, no audit event for the change.
    await t.testDb.asOwner(async (o) => {
      await o.query('alter table persons disable trigger persons_audited');
      await o.query(
        'update persons set identity_sealed = (select identity_sealed from persons where id = $1) where id = $2',
        [kept, movedOnto],
      );
      await o.query('alter table persons enable trigger persons_audited');
    });
  }, 60_000);
  afterAll(() => t.close());

  it('answers with the candidates that open, and records the one that did not', async () => {
    const tampered = await client.request('POST', '/api/persons/match', {
      fullName: 'Lò Văn Páo',
      birthYear: 1990,
    });
    expect(tampered.status).toBe(200);
    expect(tampered.json.candidates).toEqual([]);

    const intact = await client.request('POST', '/api/persons/match', {
      fullName: 'Vàng Thị Xuyến',
      birthYear: 2002,
    });
    expect(intact.status).toBe(200);
    expect(intact.json.candidates.map((c: { fullName: string }) => c.fullName)).toEqual(['Vàng Thị Xuyến']);

    const events = await t.testDb.asOwner((o) =>
      o.query<{ resource_id: string; outcome: string }>(
        `select resource_id, outcome from audit_events where action = 'person.unreadable'`,
      ),
    );
    expect(events.rows).toEqual([{ resource_id: movedOnto, outcome: 'failure' }]);
  });
});
