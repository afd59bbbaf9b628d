import { describe, expect, it } from 'vitest';
import { statusStepOf } from './status-step';

describe('the step the status page shows', () => {
  it.each([
    ['received', null, 'received'],
    ['receiving_support', 'accepted', 'referral_accepted'],
    ['receiving_support', 'in_progress', 'referral_in_progress'],
    ['reintegration', 'completed', 'referral_completed'],
    ['identified', 'sent', 'referral_sent'],
    ['closed', 'accepted', 'closed'],
    ['not_victim', 'sent', 'not_victim'],
    ['receiving_support', 'declined', 'receiving_support'],
  ] as const)('case %s with referral %s shows %s', (caseState, referralStatus, step) => {
    expect(statusStepOf({ caseState, referralStatus })).toBe(step);
  });
});
