import { describe, expect, it } from 'vitest';
import { feedbackResults, isSatisfied, type StoredFeedback } from './feedback-results';

const happy = { respect: 'yes', safety: 'yes', helped: 'yes', change: 'nothing' };
const unhappy = { respect: 'no', safety: 'partly', helped: 'no', change: 'faster-help' };
const many = (serviceType: string, count: number, answers: Record<string, string>): StoredFeedback[] =>
  Array.from({ length: count }, () => ({ serviceType, answers }));

describe('feedback results', () => {
  it.each([
    [happy, true],
    [unhappy, false],
    [{ respect: 'yes', safety: 'partly', helped: 'yes' }, true],
    [{ respect: 'partly', safety: 'partly', helped: 'yes' }, false],
    [{ respect: 'declined' }, null],
    [{}, null],
  ])('%o is satisfied: %s', (answers, expected) => {
    expect(isSatisfied(answers)).toBe(expected);
  });

  it('shows counts and the share satisfied of a service with enough responses', () => {
    const rows = [...many('vn.Medical', 15, happy), ...many('vn.Medical', 12, unhappy)];
    const [medical] = feedbackResults(rows).services;
    expect(medical?.responses).toBe(27);
    expect(medical?.satisfiedPercent).toBe(56);
    expect(medical?.questions.respect).toEqual({ yes: 15, partly: 0, no: 12, declined: 0 });
  });

  it('hides every number that describes fewer than k people or can be worked out from the others', () => {
    const rows = [...many('vn.Medical', 30, happy), ...many('vn.Shelter', 3, unhappy)];
    const result = feedbackResults(rows);
    const shelter = result.services.find((s) => s.serviceType === 'vn.Shelter');
    const medical = result.services.find((s) => s.serviceType === 'vn.Medical');
    expect(shelter?.responses).toBeNull();
    expect(shelter?.satisfiedPercent).toBeNull();
    expect(Object.values(shelter?.questions.respect ?? {}).filter((v) => v !== null && v > 0)).toEqual([]);
    // 33 in all and 30 for medical would give the shelter's 3 away: one of them is hidden too.
    expect(medical?.responses === null || result.totalResponses === null).toBe(true);
  });
});
