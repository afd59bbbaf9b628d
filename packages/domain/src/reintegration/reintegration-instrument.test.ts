import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECLINED, UNKNOWN } from '../screening/conditions';
import { type Instrument, instrumentSchema } from '../screening/instrument-schema';
import { scoreScreening } from '../screening/score';
import { currentReintegrationInstrument, findReintegrationInstrument } from './instruments';

const instrument = currentReintegrationInstrument;
const rule = instrument.scoring;
if (rule.kind !== 'normalised-dimensions') throw new Error('normalised-dimensions expected');
const questions = instrument.sections.flatMap((section) => section.questions);

/** Every answer a question can take, the two open answers included. */
const answerFor = (id: string) => {
  const question = questions.find((entry) => entry.id === id);
  const values = question?.type === 'yes-no' ? ['yes', 'no'] : (question?.options ?? []).map((o) => o.value);
  return fc.constantFrom(...values, UNKNOWN, DECLINED);
};
const anyAnswers = fc.record(
  Object.fromEntries(questions.map((question) => [question.id, answerFor(question.id)])),
  { requiredKeys: [] },
);
const best: Record<string, string> = Object.fromEntries(
  [['has-school-age-children', 'yes']].concat(
    rule.items.map((item) => [
      item.question,
      Object.entries(item.values).find(([, value]) => value === 1)?.[0] as string,
    ]),
  ),
);
const worst: Record<string, string> = Object.fromEntries(
  [['has-school-age-children', 'yes']].concat(
    rule.items.map((item) => [
      item.question,
      Object.entries(item.values).find(([, value]) => value === 0)?.[0] as string,
    ]),
  ),
);

const scoresOf = (answers: Record<string, unknown>) => {
  const given = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
  const result = scoreScreening(instrument, given);
  return { result, byDimension: Object.fromEntries(result.groups.map((group) => [group.id, group.score])) };
};

describe('Lantern reintegration instrument', () => {
  it('is labelled as Lantern’s own, with about fifteen scored items in three dimensions', () => {
    expect(instrument.sourceStatus).toBe('local');
    expect(instrument.title.en).toContain('Lantern');
    expect(instrument.summary.en).toMatch(/not IOM/);
    expect(rule.items).toHaveLength(15);
    expect(rule.dimensions.map((dimension) => dimension.id)).toEqual(['economic', 'social', 'psychosocial']);
    expect(JSON.stringify(instrument)).not.toMatch(/cut-?off"|threshold/i);
  });

  it('is scored by the screening engine (the same scoreScreening as every screening instrument)', () => {
    const { result } = scoresOf(best);
    expect(result.rule).toBe('normalised-dimensions');
    expect(result.instrumentId).toBe('lantern-reintegration');
    expect(result.outcome).toBe('scored');
    expect(result.composite).toBe(1);
    expect(scoresOf(worst).result.composite).toBe(0);
  });

  it('always scores dimensions and composite within 0–1, whatever the answers', () => {
    fc.assert(
      fc.property(anyAnswers, (raw) => {
        // The schooling item is asked only when there are school-age children.
        const answers = {
          ...raw,
          ...(raw['has-school-age-children'] === 'yes' ? {} : { 'soc-schooling': undefined }),
        };
        const clean = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
        const { result } = scoresOf(clean);
        for (const group of result.groups)
          if (group.score !== undefined) expect(group.score).toBeGreaterThanOrEqual(0);
        for (const group of result.groups)
          if (group.score !== undefined) expect(group.score).toBeLessThanOrEqual(1);
        if (result.composite !== null && result.composite !== undefined) {
          expect(result.composite).toBeGreaterThanOrEqual(0);
          expect(result.composite).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('leaves unknown and declined answers out of the mean instead of counting them as 0', () => {
    const answers = { ...best, 'econ-food': UNKNOWN, 'econ-debt': DECLINED };
    const { result, byDimension } = scoresOf(answers);
    expect(byDimension.economic).toBe(1);
    const food = result.groups[0]?.indicators.find((finding) => finding.id === 'econ-food');
    expect(food).toMatchObject({ state: 'unknown' });
    expect(food?.value).toBeUndefined();
    const debt = result.groups[0]?.indicators.find((finding) => finding.id === 'econ-debt');
    expect(debt).toMatchObject({ state: 'declined' });
  });

  it('scores no dimension and no composite from no answers', () => {
    const { result } = scoresOf({});
    expect(result.groups.every((group) => group.score === undefined)).toBe(true);
    expect(result.composite).toBeNull();
  });

  it('weights items: two heavy economic answers at 0 pull the economic score to 1/3', () => {
    // econ-income and econ-food weigh 2 each, the other three 1 each: (0·2 + 0·2 + 1·3) / 7.
    const { byDimension } = scoresOf({ ...best, 'econ-income': 'none', 'econ-food': 'often' });
    expect(byDimension.economic).toBeCloseTo(3 / 7);
  });

  it('leaves the schooling item out when there are no school-age children', () => {
    const { result } = scoresOf({ ...best, 'has-school-age-children': 'no', 'soc-schooling': undefined });
    const schooling = result.groups[1]?.indicators.find((finding) => finding.id === 'soc-schooling');
    expect(schooling?.state).toBe('not-asked');
  });

  it('loads another instrument version as data, without code changes', () => {
    // What IOM's survey (or a Lantern version 2) would be: other items, other weights, the same engine.
    const other: Instrument = instrumentSchema.parse({
      ...instrument,
      id: 'other-survey',
      version: 3,
      scoring: {
        ...rule,
        dimensions: rule.dimensions.map((dimension) => ({
          ...dimension,
          weight: dimension.id === 'economic' ? 2 : 1,
        })),
      },
    });
    const answers = {
      ...best,
      'econ-income': 'none',
      'econ-food': 'often',
      'econ-satisfaction': 'not-at-all',
      'econ-debt': 'yes',
      'econ-borrow': 'no',
    };
    expect(scoreScreening(other, answers).composite).toBeCloseTo(2 / 4);
    expect(scoreScreening(instrument, answers).composite).toBeCloseTo(2 / 3);
    expect(findReintegrationInstrument('lantern-reintegration', 1)).toBe(instrument);
    expect(findReintegrationInstrument('lantern-reintegration', 99)).toBeUndefined();
  });

  it('refuses an item that does not value every answer of its question', () => {
    const broken = {
      ...instrument,
      scoring: {
        ...rule,
        items: rule.items.map((item, index) => (index === 0 ? { ...item, values: { satisfied: 1 } } : item)),
      },
    };
    expect(instrumentSchema.safeParse(broken).success).toBe(false);
  });
});
