import type { RecordHolder } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

/** Who holds one case a search found: its code, the owning agency, and that agency as far as it may be named. */
export interface CaseHolding {
  caseId: string;
  caseCode: string;
  holderAgencyId: string;
  holderName: string;
  /** Null when the holding agency chose not to be named to searchers. */
  holder: RecordHolder | null;
}

interface Row {
  case_id: string;
  case_code: string;
  holder_agency_id: string;
  name: string;
  discloses_as_holder: boolean;
  contact_phone: string | null;
  contact_email: string | null;
}

/**
 * The holders of the given cases, in one query: the current owner (a transfer may have moved the case since the
 * person was registered), its name, and the first public contact it publishes in the service directory.
 */
export async function caseHoldings(tx: Tx, caseIds: readonly string[]): Promise<Map<string, CaseHolding>> {
  if (caseIds.length === 0) return new Map();
  const rows = await queryRows<Row>(
    tx,
    sql`select h.case_id, h.case_code, h.holder_agency_id, a.name, a.discloses_as_holder,
               s.contact_phone, s.contact_email
        from lantern_case_holders(${`{${caseIds.join(',')}}`}::uuid[]) h
        join agencies a on a.id = h.holder_agency_id
        left join lateral (select contact_phone, contact_email from agency_services
                           where agency_id = a.id and (contact_phone is not null or contact_email is not null)
                           order by service_code limit 1) s on true`,
  );
  return new Map(
    rows.map((row) => [
      row.case_id,
      {
        caseId: row.case_id,
        caseCode: row.case_code,
        holderAgencyId: row.holder_agency_id,
        holderName: row.name,
        holder: row.discloses_as_holder
          ? { name: row.name, contactPhone: row.contact_phone, contactEmail: row.contact_email }
          : null,
      },
    ]),
  );
}

/**
 * The reference a searcher sends with a request to coordinate: the case id sealed for the searcher's agency. It
 * opens only for that agency, so it can be neither guessed (case codes can) nor passed to another agency, and it
 * names no person.
 */
export function coordinationRefFor(ctx: RequestContext, caseId: string): string {
  return ctx.secrets.seal(caseId, `coordination:${ctx.actor?.agencyId ?? ''}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The case id behind a reference, or null when it was not issued to the caller's agency. */
export function openCoordinationRef(ctx: RequestContext, reference: string): string | null {
  try {
    const caseId = ctx.secrets.open(reference, `coordination:${ctx.actor?.agencyId ?? ''}`);
    return UUID.test(caseId) ? caseId : null;
  } catch {
    // Forged, altered, issued to another agency, or sealed with a key since retired: all the same to the caller.
    return null;
  }
}
