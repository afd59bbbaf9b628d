import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registration, signedInClients } from '../case-work/test-fixtures';

/**
 * Registration runs the duplicate check across the country, so "probable duplicate" answers tell whether a
 * person is known. They count against the same per-user limit as POST /api/persons/match (30 a minute)
 * and are audited as searches, or registration would be an unthrottled, unrecorded oracle.
 */
describe(`registration is not an unthrottled "is this person known?" oracle (${testEngine})`, () => {
  let t: TestApp;
  let anGiang: TestUser;
  const as = signedInClients(() => t, TestClient);

  beforeAll(async () => {
    t = await createTestApp();
    const laoCai = await t.createAgency('Trung tâm CTXH Lào Cai', '10');
    const anGiangCentre = await t.createAgency('Trung tâm CTXH An Giang', '91');
    const laoCaiWorker = await t.createUser('lc.worker', laoCai, ['case_worker']);
    anGiang = await t.createUser('ag.worker', anGiangCentre, ['case_worker']);
    const known = await (await as(laoCaiWorker)).request(
      'POST',
      '/api/cases',
      registration('Vàng Thị Xuyến', '2002-04-17'),
    );
    expect(known.status).toBe(201);
  }, 60_000);
  afterAll(() => t.close());

  it('the 31st duplicate answer in a minute is a localised 429, and so is everything after it', async () => {
    const client = await as(anGiang);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1)
      statuses.push(
        (await client.request('POST', '/api/cases', registration('Vàng Thị Xuyến', '2002-04-17'))).status,
      );
    expect(statuses).toEqual(Array(30).fill(409));

    const limited = await client.request('POST', '/api/cases', registration('Vàng Thị Xuyến', '2002-04-17'), {
      'Accept-Language': 'vi',
    });
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('person.match_rate_limited');
    expect(limited.json.error.message).toMatch(/quá nhiều lần/);
    // Refusing only registrations that would find someone would itself answer the question.
    const unknownPerson = await client.request(
      'POST',
      '/api/cases',
      registration('Lý Văn Tùng', '1990-01-01'),
    );
    expect(unknownPerson.status).toBe(429);
    const search = await client.request('POST', '/api/persons/match', {
      fullName: 'Vàng Thị Xuyến',
      birthYear: 2002,
    });
    expect(search.status).toBe(429);
  });

  it('each duplicate check is audited as a search, without the searched values', async () => {
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ details: Record<string, unknown> }>(
        `select details from audit_events where action = 'person.match' and actor_user_id = $1`,
        [anGiang.id],
      ),
    );
    expect(rows).toHaveLength(30);
    for (const { details } of rows)
      expect(details).toMatchObject({ via: 'registration', probable: 1, outsideScope: 1 });
    expect(JSON.stringify(rows)).not.toMatch(/xuy|2002/i);
  });
});
