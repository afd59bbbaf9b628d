import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from './answers';
import { type Instrument, instrumentSchema } from './instrument-schema';
import { actMeansPurpose } from './instruments/act-means-purpose';
import { scamCompound } from './instruments/scam-compound';
import { POSSIBLE_VICTIM_HTCDS_STATUS, type ScreeningOutcome } from './result';
import { AnswerError, scoreScreening } from './score';

const amp = instrumentSchema.parse(actMeansPurpose);
const scam = instrumentSchema.parse(scamCompound);

const act = { 'offered-or-arranged': 'yes', 'recruitment-method': ['through-online-social-networks'] };
const means = { 'control-methods': ['false-promises', 'withholds-documents'] };
const purpose = { 'exploitation-types': ['vn-forced-online-scam'] };

describe('act–means–purpose screen', () => {
  it.each<[string, Record<string, unknown>, ScreeningOutcome]>([
    [
      'adult with act, means and purpose',
      { 'age-group': 'adult', ...act, ...means, ...purpose },
      'possible-victim',
    ],
    ['adult without means', { 'age-group': 'adult', ...act, ...purpose }, 'some-indicators'],
    ['adult without purpose', { 'age-group': 'adult', ...act, ...means }, 'some-indicators'],
    [
      'adult without act',
      { 'age-group': 'adult', 'offered-or-arranged': 'no', ...means, ...purpose },
      'some-indicators',
    ],
    [
      'child with act and purpose, no means',
      { 'age-group': 'under-18', ...act, ...purpose },
      'possible-victim',
    ],
    [
      'possibly a child: presumption of minority',
      { 'age-group': 'may-be-under-18', ...act, ...purpose },
      'possible-victim',
    ],
    ['child without purpose', { 'age-group': 'under-18', ...act, ...means }, 'some-indicators'],
    ['nothing answered', {}, 'no-indicators'],
    [
      'everything denied',
      {
        'age-group': 'adult',
        'offered-or-arranged': 'no',
        movement: [],
        'control-methods': [],
        'exploitation-types': [],
      },
      'no-indicators',
    ],
  ])('%s → %s', (_, answers, outcome) => {
    expect(scoreScreening(amp, answers).outcome).toBe(outcome);
  });

  it('says "possible victim", maps to the HTCDS status, and explains which items made each element', () => {
    const result = scoreScreening(amp, { 'age-group': 'adult', ...act, ...means, ...purpose });
    expect(result.htcdsStatus).toBe(POSSIBLE_VICTIM_HTCDS_STATUS);
    const means_ = result.groups.find((group) => group.id === 'means');
    expect(means_?.positive).toBe(true);
    expect(means_?.indicators.filter((i) => i.state === 'present').map((i) => i.id)).toEqual([
      'control-false-promises',
      'control-withholds-documents',
    ]);
    expect(result.combination).toEqual({ all: ['act', 'means', 'purpose'] });
  });

  it.each(['unknown', 'declined'])('a means answered "%s" never counts as present', (value) => {
    const result = scoreScreening(amp, {
      'age-group': 'adult',
      ...act,
      'control-methods': value,
      ...purpose,
    });
    expect(result.outcome).toBe('some-indicators');
    expect(result.groups.find((group) => group.id === 'means')?.positive).toBe(false);
    // …but the result says that this open answer is what could change the outcome.
    expect(result.whatIf.ifOpenIndicatorsPresent).toBe('possible-victim');
    expect(result.whatIf.decisive).toContain('control-physical-threats');
    expect(result.whatIf.decisive.every((id) => id.startsWith('control-'))).toBe(true);
  });

  it('with the age unknown, scores the adult rule and shows what the child rule would say', () => {
    const result = scoreScreening(amp, { ...act, ...purpose });
    expect(result.subject).toBe('unknown');
    expect(result.outcome).toBe('some-indicators');
    expect(result.whatIf.ifChild).toBe('possible-victim');
  });

  it('lists needs from the answers, each once', () => {
    const result = scoreScreening(amp, {
      'hurt-or-unwell': 'yes',
      'safe-place-tonight': 'no',
      'control-methods': ['sexual-abuse'],
    });
    expect(result.needs).toEqual(['medical-care', 'safe-shelter', 'psychological-support']);
  });
});

describe('answer validation', () => {
  it.each([
    [{ 'no-such-question': 'yes' }, 'unknown-question'],
    [{ 'in-danger-now': 'maybe' }, 'wrong-type'],
    [{ 'in-danger-now': true }, 'wrong-type'],
    [{ 'age-group': 'ancient' }, 'unknown-option'],
    [{ 'control-methods': ['false-promises', 'no-such-method'] }, 'unknown-option'],
    [{ 'control-methods': 'false-promises' }, 'wrong-type'],
    [{ 'offered-or-arranged': 'no', 'recruitment-method': ['at-work'] }, 'hidden-question'],
    // A follow-up stays hidden while its gate is unknown: nobody asked it.
    [{ 'offered-or-arranged': 'unknown', 'recruitment-method': ['at-work'] }, 'hidden-question'],
  ])('%o → %s', (answers, problem) => {
    expect(validateAnswers(amp, answers).map((p) => p.problem)).toContain(problem);
    expect(() => scoreScreening(amp, answers)).toThrow(AnswerError);
  });

  it('accepts unknown and declined for every question', () => {
    const answers = Object.fromEntries(
      amp.sections
        .flatMap((s) => s.questions)
        .filter((q) => !q.showIf)
        .map((q, i) => [q.id, i % 2 ? 'unknown' : 'declined']),
    );
    expect(validateAnswers(amp, answers)).toEqual([]);
  });
});

describe('scam-compound extension (graded dimensions)', () => {
  const returnee = {
    'age-group': 'adult',
    'deceived-about-work': 'yes',
    'high-pay-offer': 'yes',
    'fraud-quotas': 'yes',
    'excessive-hours': 'yes',
    'passport-taken': 'yes',
    'confined-guarded': 'yes',
  };

  it('a returnee held in a compound is a possible victim, with the clause behind each dimension', () => {
    const result = scoreScreening(scam, returnee);
    expect(result.outcome).toBe('possible-victim');
    expect(result.sourceStatus).toBe('local');
    const byId = Object.fromEntries(result.groups.map((group) => [group.id, group]));
    expect(byId['online-recruitment']?.clause).toEqual({ strong: 1, medium: 1 });
    expect(byId['forced-criminality']?.clause).toEqual({ strong: 2 });
    expect(byId['coercion-at-compound']?.counts).toEqual({ strong: 2, medium: 0, weak: 0 });
  });

  it('a child needs no coercion; an adult does', () => {
    const { 'passport-taken': _, 'confined-guarded': __, ...noCoercion } = returnee;
    expect(scoreScreening(scam, noCoercion).outcome).toBe('some-indicators');
    expect(scoreScreening(scam, { ...noCoercion, 'age-group': 'under-18' }).outcome).toBe('possible-victim');
  });

  it('one strong indicator alone does not make a dimension positive', () => {
    const result = scoreScreening(scam, { 'age-group': 'adult', 'passport-taken': 'yes' });
    expect(result.groups.find((group) => group.id === 'coercion-at-compound')?.positive).toBe(false);
    expect(result.outcome).toBe('some-indicators');
  });

  const yesNo = scam.sections.flatMap((section) => section.questions).filter((q) => q.type === 'yes-no');
  const rank: Record<ScreeningOutcome, number> = {
    scored: 0,
    'no-indicators': 0,
    'some-indicators': 1,
    'possible-victim': 2,
  };
  const answerSet = fc.record(
    Object.fromEntries(yesNo.map((q) => [q.id, fc.constantFrom('yes', 'no', 'unknown', 'declined')])),
    { requiredKeys: [] },
  );

  it('turning any answer into "yes" never lowers the outcome', () => {
    fc.assert(
      fc.property(
        answerSet,
        fc.constantFrom(...yesNo.map((q) => q.id)),
        fc.constantFrom('adult', 'under-18'),
        (answers, flip, age) => {
          const before = scoreScreening(scam, { ...answers, 'age-group': age });
          const after = scoreScreening(scam, { ...answers, 'age-group': age, [flip]: 'yes' });
          expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
        },
      ),
    );
  });
});

describe('weighted score', () => {
  const labels = { vi: 'x', en: 'x', ar: 'x' };
  const tiny: Instrument = instrumentSchema.parse({
    id: 'tiny',
    version: 1,
    sourceStatus: 'local',
    role: 'vulnerability',
    title: labels,
    summary: labels,
    sources: ['test'],
    sections: [
      {
        id: 's',
        title: labels,
        questions: [
          { id: 'a', type: 'yes-no', prompt: labels },
          {
            id: 'b',
            type: 'multi',
            prompt: labels,
            options: [
              { value: 'b1', labels },
              { value: 'b2', labels },
            ],
          },
        ],
      },
    ],
    scoring: {
      kind: 'weighted-score',
      dimensions: [
        { id: 'one', labels },
        { id: 'two', labels },
      ],
      items: [
        { id: 'a', dimension: 'one', source: { question: 'a' }, weight: 3 },
        { id: 'b1', dimension: 'two', source: { question: 'b', option: 'b1' }, weight: 2 },
        { id: 'b2', dimension: 'two', source: { question: 'b', option: 'b2' }, weight: 1 },
      ],
      levels: [
        { id: 'low', min: 0, labels },
        { id: 'high', min: 4, labels },
      ],
    },
    needs: [{ need: 'livelihood', when: { question: 'b', anyOf: ['b2'] } }],
  });

  it.each([
    [{}, 0, 'low', [0, 0]],
    [{ a: 'yes' }, 3, 'low', [3, 0]],
    [{ a: 'yes', b: ['b2'] }, 4, 'high', [3, 1]],
    [{ a: 'declined', b: ['b1', 'b2'] }, 3, 'low', [0, 3]],
  ])('%o → total %i, level %s, sub-scores %o', (answers, total, level, subScores) => {
    const result = scoreScreening(tiny, answers);
    expect(result.outcome).toBe('scored');
    expect(result.score).toEqual({ total, max: 6, level });
    expect(result.groups.map((group) => group.score)).toEqual(subScores);
  });

  it('reads needs, not a status', () => {
    const result = scoreScreening(tiny, { b: ['b2'] });
    expect(result.htcdsStatus).toBeNull();
    expect(result.needs).toEqual(['livelihood']);
  });
});

describe('instrument data is checked', () => {
  it('refuses an indicator pointing at a missing option and a condition reading a later question', () => {
    const broken: typeof actMeansPurpose = JSON.parse(JSON.stringify(actMeansPurpose));
    const first = broken.sections[0];
    if (first?.questions[0]) first.questions[0].showIf = { question: 'movement', anyOf: ['transported'] };
    if (broken.scoring.kind === 'element-combination' && broken.scoring.indicators[0])
      broken.scoring.indicators[0].source = { question: 'movement', option: 'teleported' };
    const issues = instrumentSchema.safeParse(broken).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues).toContain('condition reads movement, not asked before');
    expect(issues).toContain('indicator source is not a question or option');
  });
});
