import type { SqlSession } from '../../db/types';

/** As for a request's search (find-candidates.ts): keys are selective, this guards the decrypting. */
const MAX_CANDIDATES = 400;

export interface OwnerCandidateRow {
  person_id: string;
  identity_sealed: string;
  sex: string | null;
  home_province_code: string | null;
  home_commune_code: string | null;
  case_code: string | null;
  case_province: string | null;
}

/**
 * The blind-index lookup of a request's search (`lantern_match_candidates`: persons sharing most keys first, at
 * most 400), for the owner's jobs — `lantern persons match` and the nightly duplicate scan — so that at national
 * scale they cut off the same weakest candidates a search does, never the person sought. The owner's session
 * carries no permissions of its own; the lookup's check is given `case.read` for this transaction only.
 */
export async function ownerMatchCandidates(
  session: SqlSession,
  hashes: readonly string[],
  excludePersonId?: string,
): Promise<OwnerCandidateRow[]> {
  if (hashes.length === 0) return [];
  await session.query(`select set_config('lantern.permissions', 'case.read', true)`);
  const { rows } = await session.query<OwnerCandidateRow>(
    `select m.person_id, m.identity_sealed, m.sex, m.home_province_code, p.home_commune_code,
            m.case_code, m.case_province
       from lantern_match_candidates($1::text[], $2) with ordinality
            as m(person_id, identity_sealed, sex, home_province_code, owner_agency_id, case_id, case_code,
                 case_province, rank)
       join persons p on p.id = m.person_id
      where $3::uuid is null or m.person_id <> $3::uuid
      order by m.rank`,
    [hashes, MAX_CANDIDATES, excludePersonId ?? null],
  );
  return rows;
}
