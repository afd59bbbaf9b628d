import { todayInVietNam, type VocabularyId, vocabularies } from '@lantern/domain';
import { inArray } from 'drizzle-orm';
import { agencies } from '../../db/schema';
import type { Tx } from '../../db/types';
import { FieldProblems } from '../support/support-checks';

/** How far ahead a plan may aim: a target beyond this is a typing slip (2062 for 2026), not a plan. */
const MAX_TARGET_YEARS = 5;

export class PlanProblems extends FieldProblems {
  code(field: string, vocabulary: VocabularyId, value: string | undefined): this {
    if (value === undefined) return this;
    return vocabularies[vocabulary].codes.some((entry) => entry.code === value)
      ? this
      : this.add(field, 'invalid_value');
  }

  /** A target day falls between the day the case was received and a few years from today. */
  targetOn(value: string | undefined, caseReceivedOn: string): this {
    if (value === undefined) return this;
    if (value < caseReceivedOn)
      return this.add('targetOn', 'reintegration_target_before_case', { day: caseReceivedOn });
    const today = todayInVietNam();
    const latest = `${Number(today.slice(0, 4)) + MAX_TARGET_YEARS}${today.slice(4)}`;
    if (value > latest)
      return this.add('targetOn', 'reintegration_target_too_far', { years: MAX_TARGET_YEARS });
    return this;
  }

  /** What is recorded as having happened did so between the case's opening and today. */
  pastDay(field: string, value: string, caseReceivedOn: string): this {
    if (value > todayInVietNam()) return this.add(field, 'in_future');
    if (value < caseReceivedOn) return this.add(field, 'before_case_opened', { day: caseReceivedOn });
    return this;
  }

  /** The responsible agency is one of the directory's. */
  async agency(tx: Tx, agencyId: string | undefined): Promise<this> {
    if (agencyId === undefined) return this;
    const found = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(inArray(agencies.id, [agencyId]));
    return found.length ? this : this.add('agencyId', 'invalid_value');
  }
}
