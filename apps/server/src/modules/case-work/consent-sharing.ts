import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

/**
 * Whether the person's consent lets their case be shared with this agency right now: an active (not
 * withdrawn) sharing consent that names the agency or its type. It reads the current rows every time, so a
 * withdrawal stops the next share at once. Runs in the caller's transaction, under row-level security: a
 * case the caller cannot see has no consent that allows anything.
 */
export async function consentAllowsSharing(
  tx: Tx,
  caseId: string,
  agency: { id: string; typeCode: string },
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from consents
        where case_id = ${caseId} and purpose = 'sharing' and withdrawn_at is null
          and (${agency.id}::uuid = any(sharing_agency_ids) or ${agency.typeCode}::text = any(sharing_agency_types))
        limit 1`,
  );
  return rows.length > 0;
}
