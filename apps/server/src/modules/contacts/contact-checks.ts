import { findUnit, type RecordContactInput, screeningNeedIds } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { agencies } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, type FieldProblem } from '../../lib/errors';

/** A clock a few minutes fast on the phone is not a contact in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Collects every problem of a contact form, so the answer names each field at once, before anything is written. */
export class ContactProblems {
  readonly list: FieldProblem[] = [];
  add(field: string, code: string): this {
    this.list.push({ field, code, message: '' });
    return this;
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new AppError(400, 'validation', {}, this.list);
  }
}

export function checkContactFields(problems: ContactProblems, input: RecordContactInput): void {
  if (new Date(input.contactedAt).getTime() > Date.now() + CLOCK_SKEW_MS)
    problems.add('contactedAt', 'in_future');
  input.concerns.forEach((concern, index) => {
    if (!screeningNeedIds.includes(concern)) problems.add(`concerns.${index}`, 'invalid_value');
  });
  if (new Set(input.concerns).size !== input.concerns.length) problems.add('concerns', 'duplicate');
  if (input.provinceCode && findUnit(input.provinceCode, '2025')?.level !== 'province')
    problems.add('provinceCode', 'invalid_value');
  if (input.communeCode) {
    const commune = findUnit(input.communeCode, '2025');
    if (!input.provinceCode || commune?.parentCode !== input.provinceCode)
      problems.add('communeCode', 'invalid_value');
  }
}

/**
 * A referral names one agency: one in Lantern (it must exist) or one outside it by name, never both. The
 * outcome "referred" needs one of them.
 */
export async function checkReferral(
  tx: Tx,
  problems: ContactProblems,
  referral: { referredAgencyId?: string | null; referredAgencyName?: string | null },
  required: boolean,
): Promise<void> {
  if (referral.referredAgencyId && referral.referredAgencyName) {
    problems.add('referredAgencyName', 'one_of_agency_or_name');
    return;
  }
  if (!referral.referredAgencyId && !referral.referredAgencyName) {
    if (required) problems.add('referredAgencyId', 'required');
    return;
  }
  if (referral.referredAgencyId) {
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, referral.referredAgencyId));
    if (!agency) problems.add('referredAgencyId', 'invalid_value');
  }
}
