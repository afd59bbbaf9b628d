import { isKnownCode, type SendReferralInput } from '@lantern/domain';
import type { FieldProblem } from '../../lib/errors';

const problem = (field: string, code: string): FieldProblem => ({ field, code, message: '' });

/**
 * What the schema cannot say about a referral: codes of their vocabularies, notes and attachments only with the
 * identity (they name the person), a completion date still ahead.
 */
export function checkReferralInput(input: SendReferralInput, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.agencyId === undefined && input.external === undefined)
    problems.push(problem('agencyId', 'required'));
  if (input.agencyId !== undefined && input.external !== undefined)
    problems.push(problem('external', 'agency_or_external'));
  if (input.external !== undefined && input.kind === 'transfer')
    problems.push(problem('kind', 'transfer_off_system'));
  input.services.forEach((service, index) => {
    if (!isKnownCode('vn-referral-service', service))
      problems.push(problem(`services.${index}`, 'invalid_value'));
  });
  if (new Set(input.services).size !== input.services.length) problems.push(problem('services', 'duplicate'));
  if (!isKnownCode('referral-reason', input.reason)) problems.push(problem('reason', 'invalid_value'));
  const sections = new Set(input.sections);
  if ((sections.has('notes') || sections.has('attachments')) && !sections.has('identity'))
    problems.push(problem('sections', 'requires_identity'));
  if (input.completeBy !== undefined && new Date(input.completeBy).getTime() <= now.getTime())
    problems.push(problem('completeBy', 'in_past'));
  return problems;
}
