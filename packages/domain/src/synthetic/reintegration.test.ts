import { describe, expect, it } from 'vitest';
import { currentReintegrationInstrument } from '../reintegration/instruments';
import { validateAnswers } from '../screening/answers';
import { scoreScreening } from '../screening/score';
import { vocabularies } from '../vocabularies/registry';
import { syntheticFollowUp } from './reintegration';

const known = (vocabulary: keyof typeof vocabularies, code: string) =>
  vocabularies[vocabulary].codes.some((entry) => entry.code === code);
const people = Array.from({ length: 300 }, (_, index) => syntheticFollowUp(2026, index, 13));
const composite = (answers: Record<string, string>) =>
  scoreScreening(currentReintegrationInstrument, answers).composite ?? Number.NaN;

describe('synthetic reintegration follow-up', () => {
  it('is the same story for the same person, and only the visits already due', () => {
    expect(syntheticFollowUp(2026, 7, 13)).toEqual(syntheticFollowUp(2026, 7, 13));
    expect(syntheticFollowUp(2026, 7, 4).visits.map((visit) => visit.months)).toEqual([1, 3]);
    expect(syntheticFollowUp(2026, 7, 0.5).visits).toEqual([]);
  });

  it('answers the instrument validly, with scores in 0–1', () => {
    for (const person of people.slice(0, 60))
      for (const visit of person.visits) {
        expect(validateAnswers(currentReintegrationInstrument, visit.answers)).toEqual([]);
        const score = composite(visit.answers);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
  });

  it('mostly improves from a low start, with some setbacks', () => {
    const mean = (visit: number) =>
      people.reduce((sum, person) => sum + composite(person.visits[visit]?.answers ?? {}), 0) / people.length;
    const first = mean(0);
    const last = mean(3);
    expect(first).toBeGreaterThan(0.2);
    expect(first).toBeLessThan(0.55);
    expect(last).toBeGreaterThan(first + 0.1);
    expect(last).toBeLessThan(0.9);
    const steps = people.flatMap((person) =>
      person.visits
        .slice(1)
        .map((visit, i) => visit.levels.economic - (person.visits[i]?.levels.economic ?? 0)),
    );
    const setbacks = steps.filter((step) => step < 0).length / steps.length;
    expect(setbacks).toBeGreaterThan(0.05);
    expect(setbacks).toBeLessThan(0.35);
  });

  it('records livelihood with known codes, more people earning at 12 months than at 1', () => {
    const earning = (visit: number) =>
      people.filter((person) =>
        ['vn.Employed', 'vn.SelfEmployed'].includes(person.visits[visit]?.livelihood.employmentStatus ?? ''),
      ).length;
    for (const person of people)
      for (const { livelihood } of person.visits) {
        expect(known('vn-employment-status', livelihood.employmentStatus)).toBe(true);
        expect(known('vn-income-band', livelihood.incomeBand)).toBe(true);
        expect(known('vn-loan-status', livelihood.loanStatus)).toBe(true);
      }
    expect(earning(3)).toBeGreaterThan(earning(0));
    const defaulted = people.filter((p) => p.visits[3]?.livelihood.loanStatus === 'vn.Defaulted').length;
    expect(defaulted / people.length).toBeGreaterThan(0);
    expect(defaulted / people.length).toBeLessThan(0.15);
  });

  it('plans 2–5 known supports; items past their target are mostly done', () => {
    const past = people.flatMap((person) => person.plan.filter((item) => item.targetMonths <= 13));
    for (const person of people) {
      expect(person.plan.length).toBeGreaterThanOrEqual(2);
      expect(person.plan.length).toBeLessThanOrEqual(5);
      for (const item of person.plan) expect(known('vn-reintegration-support', item.supportType)).toBe(true);
    }
    expect(past.filter((item) => item.status === 'done').length / past.length).toBeGreaterThan(0.6);
  });
});
