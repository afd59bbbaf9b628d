import {
  type CaseDetail,
  type FieldError,
  isKnownCode,
  type updateCaseDetailsSchema,
  type VocabularyId,
} from '@lantern/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { findCase } from '../cases/get-case';
import { addCaseEvent, type CaseRow, ownedCase } from './case-in-work';

export type UpdateCaseDetailsInput = z.infer<typeof updateCaseDetailsSchema>;
type Field = keyof UpdateCaseDetailsInput;

/** Each editable field and the vocabulary its codes come from. */
const vocabularyOf: Record<Field, VocabularyId> = {
  subjectCategory: 'vn-subject-category',
  exploitationTypes: 'exploitation-type',
  controlMethods: 'control-method',
  recruitmentMethods: 'recruitment-method',
  recruitmentPlatforms: 'online-platform',
  relationshipToRecruiter: 'relationship-to-trafficker',
};

export function checkCaseDetails(input: UpdateCaseDetailsInput): FieldError[] {
  return (Object.keys(vocabularyOf) as Field[]).flatMap((field) => {
    const value = input[field];
    if (value === undefined || value === null) return [];
    const vocabulary = vocabularyOf[field];
    if (typeof value === 'string')
      return isKnownCode(vocabulary, value) ? [] : [{ field, code: 'invalid_value', message: '' }];
    return value.flatMap((code, index) =>
      isKnownCode(vocabulary, code)
        ? []
        : [{ field: `${field}.${index}`, code: 'invalid_value', message: '' }],
    );
  });
}

/** The fields whose value the request actually changes (arrays compared as sets, duplicates removed). */
function changesOf(row: CaseRow, input: UpdateCaseDetailsInput): Partial<CaseRow> {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(vocabularyOf) as Field[]) {
    const value = input[field];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const next = [...new Set(value)];
      const current = row[field] as string[];
      if (next.length !== current.length || next.some((code) => !current.includes(code)))
        changes[field] = next;
    } else if (value !== row[field]) changes[field] = value;
  }
  return changes as Partial<CaseRow>;
}

/**
 * Corrects or completes the trafficking details of a case (codes from the vocabularies only). The audit
 * event and the timeline name the fields that changed, never their values' meaning for the person.
 */
export async function updateCaseDetails(
  ctx: RequestContext,
  id: string,
  input: UpdateCaseDetailsInput,
): Promise<CaseDetail> {
  authorize(ctx, 'case.update');
  const problems = checkCaseDetails(input);
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
  return ctx.transaction(async (tx) => {
    const row = await ownedCase(tx, ctx, id, { lock: true });
    const changes = changesOf(row, input);
    const fields = Object.keys(changes).join(',');
    if (fields) {
      await tx
        .update(cases)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(cases.id, id));
      await addCaseEvent(tx, ctx, id, 'details.updated', { fields });
      await recordAudit(tx, ctx, {
        action: 'case.update',
        resourceType: 'case',
        resourceId: id,
        details: { fields },
      });
    }
    return findCase(tx, ctx, id);
  });
}
