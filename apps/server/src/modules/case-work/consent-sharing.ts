import { sql } from 'drizzle-orm';
import { sharingConsented } from '../../access/case-policy';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

/**
 * Whether the person's consent lets their case be shared with this agency right now: an active (not
 * withdrawn) sharing consent that names the agency or its type — the rule of access/case-policy.ts, which
 * also ends the effect of a share at once when its consent is withdrawn. Runs in the caller's transaction,
 * under row-level security: a case the caller cannot see has no consent that allows anything.
 */
export async function consentAllowsSharing(tx: Tx, caseId: string, agency: { id: string }): Promise<boolean> {
  const [row] = await queryRows<{ allowed: boolean }>(
    tx,
    sql`select ${sharingConsented(sql`${caseId}::uuid`, sql`${agency.id}::uuid`)} as allowed`,
  );
  return row?.allowed === true;
}
