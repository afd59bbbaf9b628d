import { describe, expect, it } from 'vitest';
import type { Condition } from '../conditions';
import { type Instrument, instrumentSchema } from '../instrument-schema';
import { screeningNeedIds } from '../needs';
import { scoreScreening } from '../score';
import { iloEcLabour } from './ilo-ec-labour';
import { migrantVulnerability } from './migrant-vulnerability';

const ilo = instrumentSchema.parse(iloEcLabour);
const mv = instrumentSchema.parse(migrantVulnerability);

function optionsOf(instrument: Instrument, question: string): string[] | undefined {
  const found = instrument.sections.flatMap((s) => s.questions).find((q) => q.id === question);
  if (!found) return undefined;
  return found.type === 'yes-no' ? ['yes', 'no'] : (found.options ?? []).map((o) => o.value);
}

/** Every option a condition names exists in its question, so a typo cannot silently drop a need. */
function badReferences(instrument: Instrument, condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap((part) => badReferences(instrument, part));
  if ('any' in condition) return condition.any.flatMap((part) => badReferences(instrument, part));
  if ('not' in condition) return badReferences(instrument, condition.not);
  if (!('anyOf' in condition)) return [];
  const options = optionsOf(instrument, condition.question) ?? [];
  return condition.anyOf
    .filter((value) => !options.includes(value))
    .map((value) => `${condition.question}:${value}`);
}

function allLabels(value: unknown, path = ''): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) return value.flatMap((entry, index) => allLabels(entry, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('vi' in record || 'en' in record || 'ar' in record) return [[path, record]];
    return Object.entries(record).flatMap(([key, entry]) => allLabels(entry, `${path}.${key}`));
  }
  return [];
}

describe.each([
  ['ilo-ec-labour', ilo],
  ['migrant-vulnerability', mv],
])('%s content', (_name, instrument) => {
  it('asks only choice and yes-no questions (no identifying free text)', () => {
    for (const question of instrument.sections.flatMap((s) => s.questions))
      expect(['yes-no', 'single', 'multi']).toContain(question.type);
  });

  it('has real Vietnamese and Arabic in every label', () => {
    const labels = allLabels(instrument);
    expect(labels.length).toBeGreaterThan(20);
    for (const [path, entry] of labels) {
      for (const locale of ['vi', 'en', 'ar']) expect(String(entry[locale] ?? '').trim(), path).not.toBe('');
      expect(String(entry.ar), path).toMatch(/[\u0600-\u06FF]/);
      expect(entry.vi, path).not.toBe(entry.en);
    }
  });

  it('refers only to known needs and existing options', () => {
    for (const rule of instrument.needs) {
      expect(screeningNeedIds).toContain(rule.need);
      expect(badReferences(instrument, rule.when)).toEqual([]);
    }
    const needs = instrument.needs.map((rule) => rule.need);
    expect(new Set(needs).size).toBe(needs.length);
  });
});

describe('ilo-ec-labour', () => {
  const rule = ilo.scoring;
  if (rule.kind !== 'graded-dimensions') throw new Error('graded-dimensions expected');

  const countFor = (subject: 'adult' | 'child') =>
    rule.dimensions.map(
      (d) => rule.indicators.filter((i) => i.dimension === d.id && i.grades[subject]).length,
    );

  it('has the published per-dimension counts of list A (10/10/16/9/15/7 = 67)', () => {
    expect(rule.dimensions.map((d) => d.id)).toEqual([
      'deceptive-recruitment',
      'coercive-recruitment',
      'recruitment-abuse-of-vulnerability',
      'exploitative-conditions',
      'coercion-at-destination',
      'abuse-of-vulnerability-at-destination',
    ]);
    expect(countFor('adult')).toEqual([10, 10, 16, 9, 15, 7]);
  });

  it('transcribes list C: 10/10/15/8/15/7, with no weak tier', () => {
    expect(countFor('child')).toEqual([10, 10, 15, 8, 15, 7]);
    expect(rule.indicators.filter((i) => i.grades.child === 'weak')).toEqual([]);
  });

  it('has one question per dimension whose options are exactly its indicators', () => {
    for (const section of ilo.sections.slice(1)) {
      expect(section.questions).toHaveLength(1);
      const question = section.questions[0];
      const sources = rule.indicators.filter((i) => i.dimension === section.id).map((i) => i.source.option);
      expect(question?.options?.map((o) => o.value)).toEqual(sources);
      expect(question?.help).toBeDefined();
    }
  });

  it('grades the disputed items weak for adults', () => {
    const grade = (id: string) => rule.indicators.find((i) => i.id === id)?.grades;
    expect(grade('rv-past-difficulties')).toEqual({ adult: 'weak', child: 'medium' });
    expect(grade('rv-travel-organisation-difficulty')).toEqual({ adult: 'weak', child: 'medium' });
  });

  const recruitmentAndWork = {
    'ilo-recruitment-deception': ['deceived-nature-of-job', 'deceived-wages'],
    'ilo-work-conditions': ['excessive-hours', 'low-or-no-pay'],
  };
  const withCoercion = {
    ...recruitmentAndWork,
    'ilo-destination-coercion': ['documents-taken', 'isolation'],
  };

  it('finds a possible victim for an adult with recruitment, exploitation and coercion', () => {
    const result = scoreScreening(ilo, { 'age-group': 'adult', ...withCoercion });
    expect(result.subject).toBe('adult');
    expect(result.outcome).toBe('possible-victim');
    expect(result.htcdsStatus).toBe('PossibleVictimOfTrafficking');
    expect(result.needs).toEqual(
      expect.arrayContaining(['identity-documents', 'psychological-support', 'legal-aid']),
    );
  });

  it('needs no means for a child (or a person who may be one), but does for an adult', () => {
    expect(scoreScreening(ilo, { 'age-group': 'under-18', ...recruitmentAndWork }).outcome).toBe(
      'possible-victim',
    );
    const uncertain = scoreScreening(ilo, { 'age-group': 'may-be-under-18', ...recruitmentAndWork });
    expect(uncertain.subject).toBe('child');
    expect(uncertain.outcome).toBe('possible-victim');
    expect(uncertain.needs).toContain('child-protection');
    const adult = scoreScreening(ilo, { 'age-group': 'adult', ...recruitmentAndWork });
    expect(adult.outcome).toBe('some-indicators');
    expect(adult.needs).not.toContain('child-protection');
  });

  it('shows the child rule beside the adult one when the age is not known', () => {
    const result = scoreScreening(ilo, recruitmentAndWork);
    expect(result.subject).toBe('unknown');
    expect(result.outcome).toBe('some-indicators');
    expect(result.whatIf.ifChild).toBe('possible-victim');
  });

  it('finds no indicators without answers', () => {
    expect(scoreScreening(ilo, {}).outcome).toBe('no-indicators');
    expect(scoreScreening(ilo, { 'age-group': 'adult' }).outcome).toBe('no-indicators');
  });

  it('needs two indicators in a dimension: one strong alone is not enough', () => {
    const result = scoreScreening(ilo, {
      'age-group': 'under-18',
      'ilo-recruitment-deception': ['deceived-nature-of-job'],
      'ilo-work-conditions': ['excessive-hours', 'low-or-no-pay'],
    });
    expect(result.outcome).toBe('some-indicators');
  });

  it('reads needs from violence, documents and debt at either stage', () => {
    const result = scoreScreening(ilo, {
      'age-group': 'adult',
      'ilo-recruitment-coercion': ['debt-bondage'],
      'ilo-destination-coercion': ['violence'],
    });
    expect(result.needs).toEqual(
      expect.arrayContaining(['medical-care', 'psychological-support', 'debt-advice']),
    );
    expect(result.needs).not.toContain('identity-documents');
  });
});

describe('migrant-vulnerability', () => {
  const rule = mv.scoring;
  if (rule.kind !== 'weighted-score') throw new Error('weighted-score expected');

  it('has the four IOM levels, each asking four to seven questions, weighted 1 to 3', () => {
    expect(rule.dimensions.map((d) => d.id)).toEqual(['individual', 'household', 'community', 'structural']);
    for (const dimension of rule.dimensions) {
      // The two age options come from one question; "out of school" and "60 or older" are never both asked.
      const questions = new Set(
        rule.items.filter((i) => i.dimension === dimension.id).map((i) => i.source.question),
      );
      expect(questions.size).toBeGreaterThanOrEqual(4);
      expect(questions.size).toBeLessThanOrEqual(7);
    }
    for (const item of rule.items) expect([1, 2, 3]).toContain(item.weight);
  });

  it('scores no answers as lower risk with no needs', () => {
    const result = scoreScreening(mv, {});
    expect(result.outcome).toBe('scored');
    expect(result.htcdsStatus).toBeNull();
    expect(result.score?.level).toBe('lower');
    expect(result.needs).toEqual([]);
  });

  it('scores debt, an online recruiter and no livelihood as high, with the needs to refer', () => {
    const result = scoreScreening(mv, {
      'age-group': 'adult',
      'mv-household-debt': 'yes',
      'mv-unlicensed-broker': 'yes',
      'mv-no-stable-livelihood': 'yes',
      'mv-family-violence': 'no',
    });
    expect(result.score?.total).toBe(8);
    expect(result.score?.level).toBe('high');
    expect([...result.needs].sort()).toEqual(['debt-advice', 'livelihood', 'safe-migration-information']);
  });

  it('scores a child out of school as elevated, with child protection and education', () => {
    const result = scoreScreening(mv, { 'age-group': 'may-be-under-18', 'mv-out-of-school': 'yes' });
    expect(result.score?.total).toBe(5);
    expect(result.score?.level).toBe('elevated');
    expect([...result.needs].sort()).toEqual(['child-protection', 'education']);
  });

  it('does not count unknown or declined answers', () => {
    const result = scoreScreening(mv, {
      'age-group': 'adult',
      'mv-past-violence': 'declined',
      'mv-irregular-status': 'unknown',
      'mv-health-or-disability': 'yes',
    });
    expect(result.score).toMatchObject({ total: 2, level: 'lower' });
    expect(result.needs).toEqual(['medical-care']);
  });
});
