import { findLanguage, isKnownCode, type PublishServiceInput, vocabularies } from '@lantern/domain';
import type { FieldProblem } from '../../lib/errors';
import { checkPlace } from '../cases/check-case-input';

const problem = (field: string, code: string): FieldProblem => ({ field, code, message: '' });

/** A service code the directory knows: one of the referral services, so a referral can ask for it by name. */
export const isServiceCode = (code: string) => isKnownCode('vn-referral-service', code);

const serviceCodes = vocabularies['vn-referral-service'].codes.map((entry) => entry.code);
/** Entries in the order of the service list (the Law's order), not alphabetically by code. */
export const byServiceOrder = (a: { serviceCode: string }, b: { serviceCode: string }) =>
  serviceCodes.indexOf(a.serviceCode) - serviceCodes.indexOf(b.serviceCode);

/**
 * What the schema cannot say: codes of the vocabularies and the 2025 provinces (a pre-2025 province is
 * refused with the province it became part of), and ranges that read the right way round.
 */
export function checkServiceInput(serviceCode: string, input: PublishServiceInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isServiceCode(serviceCode)) problems.push(problem('serviceCode', 'invalid_value'));
  input.provinceCodes.forEach((code, index) => {
    problems.push(...checkPlace({ province: `provinceCodes.${index}`, commune: '' }, code));
  });
  input.sexes.forEach((code, index) => {
    if (!isKnownCode('gender', code)) problems.push(problem(`sexes.${index}`, 'invalid_value'));
  });
  input.languages.forEach((code, index) => {
    if (!findLanguage(code)) problems.push(problem(`languages.${index}`, 'invalid_value'));
  });
  if (input.minAge != null && input.maxAge != null && input.minAge > input.maxAge)
    problems.push(problem('maxAge', 'age_range_reversed'));
  if (input.capacityFree != null && input.capacityTotal != null && input.capacityFree > input.capacityTotal)
    problems.push(problem('capacityFree', 'capacity_above_total'));
  if (input.capacityFree != null && input.capacityTotal == null)
    problems.push(problem('capacityTotal', 'capacity_total_required'));
  return problems;
}
