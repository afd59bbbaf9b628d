import type { ConsentInput, ConsentView } from '@lantern/domain';
import type { consents } from '../../db/schema';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { iso, type PersonRef } from './case-in-work';

export type ConsentRow = typeof consents.$inferSelect;

/** The witness is sealed under one context per case (the same as at registration). */
/** Each witness is sealed for its own consent: copied to another consent, it does not open. */
export const witnessContext = (consentId: string) => `consent:${consentId}:witness`;

/** A consent as given, ready to insert: a new id, and the witness sealed for that id. */
export function newConsentRow(secrets: KeyRing, caseId: string, input: ConsentInput, obtainedBy: string) {
  const id = newId();
  return {
    id,
    caseId,
    purpose: input.purpose,
    sharingAgencyIds: input.sharingAgencyIds,
    sharingAgencyTypes: input.sharingAgencyTypes,
    method: input.method,
    witnessSealed: input.witness ? secrets.seal(input.witness, witnessContext(id)) : null,
    formAttachmentId: input.formAttachmentId ?? null,
    language: input.language,
    obtainedOn: input.obtainedOn,
    obtainedBy,
    givenBy: input.givenBy,
    childAssent: input.childAssent ?? null,
  };
}

export function toConsentView(row: ConsentRow, obtainedBy: PersonRef, witness: string | null): ConsentView {
  return {
    id: row.id,
    purpose: row.purpose,
    sharingAgencyIds: row.sharingAgencyIds,
    sharingAgencyTypes: row.sharingAgencyTypes,
    method: row.method,
    witness,
    formAttachmentId: row.formAttachmentId,
    language: row.language,
    obtainedOn: row.obtainedOn,
    obtainedBy,
    givenBy: row.givenBy,
    childAssent: row.childAssent,
    withdrawnAt: iso(row.withdrawnAt),
    active: row.withdrawnAt === null,
  };
}
