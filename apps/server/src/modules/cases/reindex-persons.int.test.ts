// After the matching key rules change, people registered before must be found again: `lantern persons reindex`
// re-derives their blind-index keys from the sealed identity, in resumable, audited batches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { matchInDatabase } from '../../cli/persons-match';
import type { OwnerConnection } from '../../db/types';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { witnessedConsent } from '../case-work/test-fixtures';
import { reindexPersons } from './reindex-persons';

const people = [
  { fullName: 'Sùng Thị Mỷ', dateOfBirth: '2004-05-02', phones: ['0987 111 222'] },
  { fullName: 'Giàng A Sử', dateOfBirth: '2001-09-17', phones: ['0987 333 444'] },
  { fullName: 'Lò Văn Thào', dateOfBirth: '1999-01-30', phones: ['0987 555 666'] },
];

const registration = (identity: (typeof people)[number]) => ({
  person: {
    identity: { ...identity, otherNames: [], documents: [], addresses: [] },
    profile: { sex: 'Feminine', homeProvinceCode: '08', languages: ['vie'] },
  },
  case: {
    receivedOn: '2026-11-20',
    intakeRoute: 'vn.ReturnedByForeignAuthorities',
    exploitationTypes: ['vn.ForcedOnlineScam'],
  },
  consents: [witnessedConsent],
});

describe(`re-indexing the match keys (${testEngine})`, () => {
  let t: TestApp;
  let owner: OwnerConnection;

  const found = async (person: (typeof people)[number]) =>
    (
      await owner.transaction((session) =>
        matchInDatabase(session, t.secrets, {
          fullName: person.fullName,
          dateOfBirth: person.dateOfBirth,
          phones: person.phones,
          documentNumbers: [],
          otherNames: [],
        }),
      )
    ).length > 0;

  beforeAll(async () => {
    t = await createTestApp();
    const agency = await t.createAgency('Trung tâm CTXH Lào Cai', '08');
    const worker = await t.createUser('reindex.worker', agency, ['case_worker']);
    const client = new TestClient(t.app);
    expect((await client.signIn(worker)).status).toBe(200);
    for (const person of people)
      expect((await client.request('POST', '/api/cases', registration(person))).status).toBe(201);
    owner = (await t.testDb.database.openOwner()) as OwnerConnection;
    // Keys made under earlier rules: nothing a search derives today matches them.
    await owner.transaction(async (session) => {
      await session.query(`update person_match_keys set key_hash = 'earlier-rules:' || key_hash`);
      await recordSystemAudit(session, { action: 'test.keys_from_earlier_rules' });
    });
  });
  afterAll(async () => {
    await owner?.close();
    await t?.close();
  });

  it('finds people registered under earlier key rules once their keys are derived anew', async () => {
    for (const person of people) expect(await found(person), person.fullName).toBe(false);

    // Interrupted after the first batch of one person: the next run continues from there.
    const first = await reindexPersons(owner, t.secrets, { batchSize: 1, shouldStop: () => true });
    expect(first).toMatchObject({ persons: 1, resumed: false });
    const rest = await reindexPersons(owner, t.secrets, { batchSize: 1 });
    expect(rest).toMatchObject({ persons: 2, resumed: true });

    for (const person of people) expect(await found(person), person.fullName).toBe(true);
    const { rows } = await owner.transaction((session) =>
      session.query<{ action: string; n: number }>(
        `select action, count(*)::int as n from audit_events
          where action like 'persons.reindex%' group by action order by action`,
      ),
    );
    expect(rows).toEqual([
      { action: 'persons.reindex', n: 3 },
      { action: 'persons.reindex_done', n: 1 },
    ]);
    const stale = await owner.transaction((session) =>
      session.query<{ n: number }>(
        `select count(*)::int as n from person_match_keys where key_hash like 'earlier-rules:%'`,
      ),
    );
    expect(stale.rows[0]?.n).toBe(0);
  });
});
