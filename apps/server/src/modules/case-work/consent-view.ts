import type { ConsentView } from '@lantern/domain';
import type { consents } from '../../db/schema';
import { iso, type PersonRef } from './case-in-work';

export type ConsentRow = typeof consents.$inferSelect;

/** The witness is sealed under one context per case (the same as at registration). */
/** Each witness is sealed for its own consent: copied to another consent, it does not open. */
export const witnessContext = (consentId: string) => `consent:${consentId}:witness`;

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
