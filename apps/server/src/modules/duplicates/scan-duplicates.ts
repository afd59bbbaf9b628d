import { desc, eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { duplicateCandidates, persons } from '../../db/schema';
import { newId } from '../../lib/ids';
import { evidenceOf, matchKeyHashes, openIdentity } from '../cases/person-identity';
import { scoreSealedCandidates } from '../cases/score-candidates';

/** How many of the agency's most recent persons one on-demand scan compares with the whole country. */
export const SCAN_LIMIT = 500;

interface CandidateRow {
  person_id: string;
  identity_sealed: string;
  sex: string | null;
  home_province_code: string | null;
}

/**
 * Compares the agency's most recent persons with everyone in the database (through the blind index and the
 * narrow matching function) and records probable and possible pairs for a supervisor to decide. Decisions
 * already taken are kept; open pairs get the latest score.
 */
export async function scanDuplicates(ctx: RequestContext): Promise<{ scanned: number; pairs: number }> {
  authorize(ctx, 'case.merge');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const own = await tx
      .select()
      .from(persons)
      .where(eq(persons.ownerAgencyId, actor.agencyId))
      .orderBy(desc(persons.createdAt))
      .limit(SCAN_LIMIT);
    // Each pair once, although both of its records may be among those scanned.
    const pairs = new Set<string>();
    for (const person of own) {
      const identity = openIdentity(ctx.secrets, person.id, person.identitySealed);
      const evidence = evidenceOf(identity, person);
      const hashes = matchKeyHashes(ctx.secrets, evidence, 'query');
      const rows = await queryRows<CandidateRow>(
        tx,
        sql`select person_id, identity_sealed, sex, home_province_code
            from lantern_match_candidates(${`{${hashes.join(',')}}`}::text[], 400)`,
      );
      const others = rows
        .filter((row) => row.person_id !== person.id)
        .map((row) => ({
          personId: row.person_id,
          identitySealed: row.identity_sealed,
          sex: row.sex,
          homeProvinceCode: row.home_province_code,
        }));
      for (const { candidate, match } of scoreSealedCandidates(ctx.secrets, evidence, others)) {
        const [personA, personB] = [person.id, candidate.personId].sort() as [string, string];
        await tx
          .insert(duplicateCandidates)
          .values({
            id: newId(),
            personA,
            personB,
            score: match.score,
            band: match.band,
            reasons: match.reasons,
          })
          .onConflictDoUpdate({
            target: [duplicateCandidates.personA, duplicateCandidates.personB],
            set: { score: match.score, band: match.band, reasons: match.reasons },
            setWhere: sql`${duplicateCandidates.status} = 'open'`,
          });
        pairs.add(`${personA}:${personB}`);
      }
    }
    await recordAudit(tx, ctx, {
      action: 'duplicates.scan',
      resourceType: 'person',
      details: { scanned: own.length, pairs: pairs.size },
    });
    return { scanned: own.length, pairs: pairs.size };
  });
}
