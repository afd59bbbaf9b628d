import type { ConsentInput, FieldError, PersonIdentity } from '@lantern/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { agencies, agencyTypes, caseAttachments } from '../../db/schema';
import type { Tx } from '../../db/types';
import { checkConsents } from '../cases/check-case-input';

const problem = (field: string, code: string): FieldError => ({ field, code, message: '' });

/**
 * The rules of registration for one more consent: verbal consent needs a witness, sharing names whom, a
 * child's guardian consents, no date in the future. "Services consent is required" is a rule about the
 * set given at registration, not about each later consent, so it is left out here.
 */
export function checkAddedConsent(
  input: ConsentInput,
  identity: PersonIdentity,
  today: string,
): FieldError[] {
  return checkConsents([input], identity, today)
    .filter((found) => found.code !== 'services_consent_required')
    .map((found) => ({ ...found, field: found.field.replace(/^consents\.0\./, '') }));
}

/** What the consent refers to must exist: the agencies and agency types it names, the signed form. */
export async function checkConsentReferences(
  tx: Tx,
  caseId: string,
  input: ConsentInput,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (input.sharingAgencyIds.length > 0) {
    const found = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(inArray(agencies.id, input.sharingAgencyIds));
    const known = new Set(found.map((row) => row.id));
    input.sharingAgencyIds.forEach((id, index) => {
      if (!known.has(id)) problems.push(problem(`sharingAgencyIds.${index}`, 'invalid_value'));
    });
  }
  if (input.sharingAgencyTypes.length > 0) {
    const found = await tx
      .select({ code: agencyTypes.code })
      .from(agencyTypes)
      .where(inArray(agencyTypes.code, input.sharingAgencyTypes));
    const known = new Set(found.map((row) => row.code));
    input.sharingAgencyTypes.forEach((code, index) => {
      if (!known.has(code)) problems.push(problem(`sharingAgencyTypes.${index}`, 'invalid_value'));
    });
  }
  if (input.formAttachmentId) {
    const [form] = await tx
      .select({ kind: caseAttachments.kind })
      .from(caseAttachments)
      .where(and(eq(caseAttachments.id, input.formAttachmentId), eq(caseAttachments.caseId, caseId)));
    if (form?.kind !== 'consent_form') problems.push(problem('formAttachmentId', 'invalid_value'));
  }
  return problems;
}
