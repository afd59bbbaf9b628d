import { feedbackScoredQuestions, isSatisfied } from '@lantern/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngine } from '../../test-support/test-database';

type Answers = Record<string, string>;
/** What a stored answer to a scored question may be; `absent` leaves the question out. */
const choices = ['yes', 'partly', 'no', 'declined', 'unknown', 'absent'] as const;

function answersOf(picks: readonly (typeof choices)[number][], change?: string): Answers {
  const answers: Answers = {};
  feedbackScoredQuestions.forEach((question, index) => {
    const pick = picks[index];
    if (pick && pick !== 'absent') answers[question] = pick;
  });
  if (change) answers.change = change;
  return answers;
}

/**
 * The satisfaction indicator counts in SQL (migration 0042, lantern_feedback_satisfied) what the agency's own
 * feedback results count in TypeScript (isSatisfied): the two must never disagree on any answer set.
 */
describe(`"satisfied" in SQL agrees with isSatisfied (${testEngine})`, () => {
  let testDb: TestDatabase;
  const inSql = (list: readonly Answers[]) =>
    testDb.asOwner(async (owner) => {
      const { rows } = await owner.query<{ satisfied: boolean | null }>(
        `select lantern_feedback_satisfied(answers) as satisfied
         from jsonb_array_elements($1::jsonb) with ordinality as given(answers, position) order by position`,
        [JSON.stringify(list)],
      );
      return rows.map((row) => row.satisfied);
    });

  beforeAll(async () => {
    testDb = await createTestDatabase();
  }, 60_000);
  afterAll(() => testDb.close());

  it('on every combination of answers to the three scored questions', async () => {
    const all: Answers[] = [];
    for (const respect of choices)
      for (const safety of choices)
        for (const helped of choices) all.push(answersOf([respect, safety, helped]));
    expect(all).toHaveLength(216);
    expect(await inSql(all)).toEqual(all.map((answers) => isSatisfied(answers)));
  });

  it('on random answer sets, the unscored question included', async () => {
    const answerSet = fc
      .tuple(
        fc.array(fc.constantFrom(...choices), { minLength: 3, maxLength: 3 }),
        fc.option(fc.constantFrom('nothing', 'faster-help', 'declined'), { nil: undefined }),
      )
      .map(([picks, change]) => answersOf(picks, change));
    await fc.assert(
      fc.asyncProperty(fc.array(answerSet, { minLength: 1, maxLength: 40 }), async (list) => {
        expect(await inSql(list)).toEqual(list.map((answers) => isSatisfied(answers)));
      }),
      { numRuns: 40 },
    );
  });
});
