import type { ReferralUrgency, ReferralWindows, SendReferralInput } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { sharingConsented } from '../../access/case-policy';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { consentAllowsSharing } from '../case-work/consent-sharing';
import { windowsColumn, windowsFrom } from './referral-windows';

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

/** A recipient checked against a case: whether the person's consent covers it, and what it does not offer. */
export interface CheckedRecipient {
  recipient: Recipient;
  consented: boolean;
  /** The services asked for that the agency does not publish (a warning, never a refusal). */
  servicesNotListed: string[];
  /** The sending agency's name and the sender's, for the answer (read here rather than in another query). */
  senderAgencyName: string;
  senderName: string;
  /** The installation's deadline windows, read here too. */
  windows: ReferralWindows;
}

/**
 * The recipient the input names, checked as `resolveRecipient` and `consentCovers` check it, with the services
 * it publishes and the sender's names — in one statement, since sending a referral is a busy path.
 */
export async function checkRecipientForCase(
  tx: Tx,
  input: SendReferralInput,
  sender: { agencyId: string; userId: string },
  caseId: string,
): Promise<CheckedRecipient> {
  const senderNames = sql`(select name from agencies where id = ${sender.agencyId}) as sender_agency_name,
    (select display_name from users where id = ${sender.userId}) as sender_name,
    ${windowsColumn} as windows`;
  if (input.external) {
    const { typeCode } = input.external;
    const [found] = await queryRows<{ code: string | null; consented: boolean } & SenderNames>(
      tx,
      sql`select (select code from agency_types where code = ${typeCode}) as code,
            exists (select 1 from consents c where c.case_id = ${caseId} and c.purpose = 'sharing'
              and c.withdrawn_at is null and ${typeCode} = any(c.sharing_agency_types)) as consented,
            ${senderNames}`,
    );
    if (!found?.code) throw refuse('external.typeCode', 'invalid_value');
    return {
      recipient: {
        kind: 'external',
        name: input.external.name,
        typeCode: found.code,
        contact: input.external.contact,
      },
      consented: found.consented === true,
      servicesNotListed: [],
      ...senderPart(found),
    };
  }
  const agencyId = input.agencyId as string;
  if (agencyId === sender.agencyId) throw refuse('agencyId', 'own_agency');
  const [found] = await queryRows<
    {
      id: string;
      name: string;
      disabled_at: string | null;
      consented: boolean;
      listed: string[];
    } & SenderNames
  >(
    tx,
    sql`select a.id, a.name, a.disabled_at,
          ${sharingConsented(sql`${caseId}::uuid`, sql`${agencyId}::uuid`)} as consented,
          array(select s.service_code from agency_services s where s.agency_id = a.id) as listed,
          ${senderNames}
        from agencies a where a.id = ${agencyId}`,
  );
  if (!found) throw refuse('agencyId', 'unknown_agency');
  if (found.disabled_at) throw refuse('agencyId', 'disabled_agency');
  const listed = new Set(found.listed);
  return {
    recipient: { kind: 'agency', id: found.id, name: found.name },
    consented: found.consented === true,
    servicesNotListed: input.services.filter((service) => !listed.has(service)),
    ...senderPart(found),
  };
}

type WindowRow = { urgency: ReferralUrgency; respondHours: number; completeHours: number };
type SenderNames = { sender_agency_name: string; sender_name: string; windows: WindowRow[] | string };

const senderPart = (found: SenderNames) => ({
  senderAgencyName: found.sender_agency_name,
  senderName: found.sender_name,
  windows: windowsFrom(
    typeof found.windows === 'string' ? (JSON.parse(found.windows) as WindowRow[]) : found.windows,
  ),
});
