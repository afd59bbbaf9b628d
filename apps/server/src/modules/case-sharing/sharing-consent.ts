import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

/**
 * Whether the person's consent lets their case be shared with an agency now: an active (not withdrawn)
 * sharing consent naming the agency or its type. Read at the moment of sharing, so a withdrawal stops
 * every later share at once.
 */
export async function sharingConsentCovers(
  tx: Tx,
  caseId: string,
  agency: { id: string; typeCode: string },
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from consents
        where case_id = ${caseId} and purpose = 'sharing' and withdrawn_at is null
          and (${agency.id}::uuid = any(sharing_agency_ids) or ${agency.typeCode} = any(sharing_agency_types))
        limit 1`,
  );
  return rows.length > 0;
}
