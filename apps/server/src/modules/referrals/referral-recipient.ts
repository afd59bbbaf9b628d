import type { SendReferralInput } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { consentAllowsSharing } from '../case-work/consent-sharing';

/** Where a referral goes: another agency's inbox, or an organisation outside Lantern. */
export type Recipient =
  | { kind: 'agency'; id: string; name: string }
  | { kind: 'external'; name: string; typeCode: string; contact: string | undefined };

const refuse = (field: string, code: string) =>
  new AppError(400, 'validation', {}, [{ field, code, message: '' }]);

/** The recipient the input names, checked: an active agency other than the sender's, or a known agency type. */
export async function resolveRecipient(
  tx: Tx,
  input: SendReferralInput,
  ownAgencyId: string,
): Promise<Recipient> {
  if (input.external) {
    const [type] = await queryRows<{ code: string }>(
      tx,
      sql`select code from agency_types where code = ${input.external.typeCode}`,
    );
    if (!type) throw refuse('external.typeCode', 'invalid_value');
    return {
      kind: 'external',
      name: input.external.name,
      typeCode: type.code,
      contact: input.external.contact,
    };
  }
  const agencyId = input.agencyId as string;
  if (agencyId === ownAgencyId) throw refuse('agencyId', 'own_agency');
  const [agency] = await queryRows<{ id: string; name: string; disabled_at: string | null }>(
    tx,
    sql`select id, name, disabled_at from agencies where id = ${agencyId}`,
  );
  if (!agency) throw refuse('agencyId', 'unknown_agency');
  if (agency.disabled_at) throw refuse('agencyId', 'disabled_agency');
  return { kind: 'agency', id: agency.id, name: agency.name };
}

/**
 * Whether a live sharing consent of the person covers the recipient: for an agency, naming it or its type (the
 * rule of both walls); for an organisation outside Lantern, naming its type — the person agreed to that kind of
 * organisation, and there is no agency row to name.
 */
export async function consentCovers(tx: Tx, caseId: string, recipient: Recipient): Promise<boolean> {
  if (recipient.kind === 'agency') return consentAllowsSharing(tx, caseId, recipient);
  const [row] = await queryRows<{ allowed: boolean }>(
    tx,
    sql`select exists (select 1 from consents c where c.case_id = ${caseId} and c.purpose = 'sharing'
          and c.withdrawn_at is null and ${recipient.typeCode} = any(c.sharing_agency_types)) as allowed`,
  );
  return row?.allowed === true;
}
