import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { seedDemoReintegration } from './reintegration-rows';
import { seedSynthetic } from './synthetic-seed';

const AS_OF = '2026-11-28';

// The demo's follow-ups, plans and livelihood outcomes, written in bulk on a small synthetic caseload.
describe('demo reintegration follow-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedSynthetic(t.testDb.database, t.secrets, {
      seed: 2026,
      asOf: AS_OF,
      total: 400,
      programme: false,
    });
  }, 120_000);
  afterAll(async () => t.close());

  it('gives the cases in reintegration visits, scored assessments, livelihood and a plan, in one go', async () => {
    const followed = await t.testDb.asOwner((owner) => seedDemoReintegration(owner, t.secrets, 2026, AS_OF));
    expect(followed).toBeGreaterThan(5);
    const stats = await t.testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<Record<string, number>>(
        `select (select count(distinct case_id)::int from reintegration_visits) as cases,
                (select count(*)::int from reintegration_visits) as visits,
                (select count(*)::int from reintegration_assessments) as assessments,
                (select count(*)::int from livelihood_outcomes) as livelihood,
                (select count(*)::int from reintegration_plan_items) as items,
                (select min(composite) from reintegration_assessments) as lowest,
                (select max(composite) from reintegration_assessments) as highest,
                (select count(*)::int from reintegration_assessments a join reintegration_visits v on v.id = a.visit_id
                  where a.visited_on > $1 or a.visited_on < v.reference_on) as misdated`,
        [AS_OF],
      );
      return rows[0] as Record<string, number>;
    });
    expect(stats.cases).toBe(followed);
    expect(stats.visits).toBe(followed * 4);
    expect(stats.assessments).toBeGreaterThan(0);
    expect(stats.livelihood).toBe(stats.assessments);
    expect(stats.items).toBeGreaterThanOrEqual(followed * 2);
    expect(stats.lowest).toBeGreaterThanOrEqual(0);
    expect(stats.highest).toBeLessThanOrEqual(1);
    expect(stats.misdated).toBe(0);
    // Run again, it adds nothing: cases already followed are left alone.
    const again = await t.testDb.asOwner((owner) => seedDemoReintegration(owner, t.secrets, 2026, AS_OF));
    expect(again).toBe(0);
  });
});
