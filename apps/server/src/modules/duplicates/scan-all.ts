import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { ownerMatchCandidates } from '../cases/owner-candidates';
import { evidenceOf, matchKeyHashes, openIdentity } from '../cases/person-identity';
import { scoreSealedCandidates } from '../cases/score-candidates';

interface PersonRow {
  id: string;
  identity_sealed: string;
  sex: string | null;
  home_province_code: string | null;
  home_commune_code: string | null;
}

/**
 * The nightly duplicate scan over every agency (schema owner): persons registered in the last `sinceHours`
 * (or all) against everyone, recording probable and possible pairs for supervisors. Decided pairs keep their
 * decision. One audit event records the counts.
 */
export async function scanAllDuplicates(
  session: SqlSession,
  keys: KeyRing,
  options: { sinceHours?: number } = {},
): Promise<{ scanned: number; pairs: number }> {
  const { rows: recent } = await session.query<PersonRow>(
    `select id, identity_sealed, sex, home_province_code, home_commune_code from persons
      where $1::int is null or created_at > now() - make_interval(hours => $1::int)
      order by created_at`,
    [options.sinceHours ?? null],
  );
  // Each pair once, although both of its records may be among those scanned.
  const pairs = new Set<string>();
  for (const person of recent) {
    const evidence = evidenceOf(openIdentity(keys, person.id, person.identity_sealed), {
      sex: person.sex,
      homeProvinceCode: person.home_province_code,
      homeCommuneCode: person.home_commune_code,
    });
    const rows = await ownerMatchCandidates(session, matchKeyHashes(keys, evidence, 'query'), person.id);
    const others = rows.map((row) => ({
      personId: row.person_id,
      identitySealed: row.identity_sealed,
      sex: row.sex,
      homeProvinceCode: row.home_province_code,
      homeCommuneCode: row.home_commune_code,
    }));
    for (const { candidate, match } of scoreSealedCandidates(keys, evidence, others)) {
      const [a, b] = [person.id, candidate.personId].sort();
      await session.query(
        `insert into duplicate_candidates (id, person_a, person_b, score, band, reasons)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (person_a, person_b) do update set score = excluded.score, band = excluded.band, reasons = excluded.reasons
         where duplicate_candidates.status = 'open'`,
        [newId(), a, b, match.score, match.band, JSON.stringify(match.reasons)],
      );
      pairs.add(`${a}:${b}`);
    }
  }
  await recordSystemAudit(session, {
    action: 'duplicates.scan',
    resourceType: 'person',
    details: {
      scanned: recent.length,
      pairs: pairs.size,
      via: 'cli',
      sinceHours: options.sinceHours ?? null,
    },
  });
  return { scanned: recent.length, pairs: pairs.size };
}
