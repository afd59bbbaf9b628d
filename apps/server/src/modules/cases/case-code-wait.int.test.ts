import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registration } from '../case-work/test-fixtures';
import { createReferralWorld, type ReferralWorld } from '../referrals/test-world';

// Case codes run per province and year ("LT-42-2026-000123"), drawn from one counter row. A registration that is
// slow after its case is written (here: it waits for a hand-off another transaction holds) must not hold up every
// other registration in its province: the counter is taken only at the very end.

const consent = () => ({ givenBy: 'person', method: 'verbal', at: new Date().toISOString() });

describe(`case codes (${testEngine})`, () => {
  let world: ReferralWorld;
  let colleague: TestClient;
  beforeAll(async () => {
    world = await createReferralWorld();
    colleague = new TestClient(world.t.app);
    const user = await world.t.createUser('worker.two', world.agencies.centre, ['case_worker']);
    expect((await colleague.signIn(user)).status).toBe(200);
  }, 120_000);
  afterAll(() => world.t.close());

  it('registrations give consecutive codes of the province and year', async () => {
    const first = await world.client('worker').request('POST', '/api/cases', registration('Hờ Thị Dua'));
    const second = await colleague.request('POST', '/api/cases', registration('Mùa A Chớ', '1996-02-01'));
    expect([first.status, second.status]).toEqual([201, 201]);
    const year = new Date().getFullYear();
    const number = (code: string) => Number(code.split('-').at(-1));
    expect(first.json.code).toMatch(new RegExp(`^LT-42-${year}-\\d{6}$`));
    expect(number(second.json.code)).toBe(number(first.json.code) + 1);
    // The code answered is the code stored.
    const read = await world.client('worker').request('GET', `/api/cases/${first.json.id}`);
    expect(read.json.code).toBe(first.json.code);
  });

  it.runIf(testEngine === 'postgres')(
    'a registration held up after writing its case does not hold up the next one in the province',
    async () => {
      // A screening the border post hands to the centre: registering from it completes that hand-off.
      const screened = await world.client('guard').request('POST', '/api/screenings', {
        screenedAt: new Date().toISOString(),
        consentToInterview: true,
        interviewLanguage: 'vie',
        interpreterUsed: false,
        provinceCode: '42',
        responses: [
          { instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: { 'age-group': 'adult' } },
        ],
      });
      expect(screened.status).toBe(201);
      const handOff = await world
        .client('guard')
        .request('POST', `/api/screenings/${screened.json.id}/referrals`, {
          agencyId: world.agencies.centre,
          consent: consent(),
        });
      expect(handOff.status, JSON.stringify(handOff.json)).toBe(201);

      // Another transaction holds the hand-off's row, so the first registration stops after writing its case.
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked: () => void = () => {};
      const lockTaken = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holder = world.t.testDb.asOwner(async (owner) => {
        await owner.query('select id from referrals where id = $1 for update', [handOff.json.id]);
        locked();
        await released;
      });
      await lockTaken;
      const held = world
        .client('worker')
        .request('POST', '/api/cases', { ...registration('Lầu Thị Pà'), screeningId: screened.json.id });
      try {
        // Give the held registration time to reach the hand-off (it waits there, its case written).
        await new Promise((resolve) => setTimeout(resolve, 500));
        const next = await Promise.race([
          colleague.request('POST', '/api/cases', registration('Thào A Sình', '1990-07-07')),
          new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 8_000)),
        ]);
        expect(next === 'still waiting' ? next : next.status).toBe(201);
      } finally {
        release();
        await holder;
      }
      const first = await held;
      expect(first.status, JSON.stringify(first.json)).toBe(201);
      expect(first.json.code).toMatch(/^LT-42-\d{4}-\d{6}$/);
    },
    30_000,
  );
});
