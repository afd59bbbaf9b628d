import type { MatchCandidate, PersonEvidence } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { mayViewIdentity, reachTo } from '../../access/case-policy';
import { can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import { type CaseHolding, caseHoldings, coordinationRefFor } from '../coordination/record-holders';
import { matchKeyHashes } from './person-identity';
import { scoreSealedCandidates } from './score-candidates';

/** How many records one search may decrypt and score; keys are selective, this is a guard against abuse. */
const MAX_CANDIDATES = 400;

/** What a search answers for one record; the API's shape (POST /api/persons/match). */
export type Candidate = MatchCandidate;

interface Row {
  person_id: string;
  identity_sealed: string;
  sex: string | null;
  home_province_code: string | null;
  owner_agency_id: string;
  case_id: string | null;
  case_code: string | null;
  case_province: string | null;
}

/**
 * Candidates from the blind index across all agencies (lantern_match_candidates), decrypted and scored
 * here; only "possible" and better are returned, strongest first. Outside the caller's scope a candidate
 * is a case code and a province, nothing more.
 */
export async function findCandidates(
  tx: Tx,
  ctx: RequestContext,
  query: PersonEvidence,
): Promise<Candidate[]> {
  const hashes = matchKeyHashes(ctx.secrets, query, 'query');
  if (hashes.length === 0) return [];
  const rows = await queryRows<Row>(
    tx,
    sql`select * from lantern_match_candidates(${`{${hashes.join(',')}}`}::text[], ${MAX_CANDIDATES})`,
  );
  const visible = new Set(
    (
      await queryRows<{ id: string }>(
        tx,
        sql`select id from cases where id = any(${`{${rows.flatMap((r) => (r.case_id ? [r.case_id] : [])).join(',')}}`}::uuid[])`,
      )
    ).map((row) => row.id),
  );
  const unreadable: string[] = [];
  const scored = scoreSealedCandidates(
    ctx.secrets,
    query,
    rows.map((row) => ({
      ...row,
      personId: row.person_id,
      identitySealed: row.identity_sealed,
      homeProvinceCode: row.home_province_code,
    })),
    (candidate) => unreadable.push(candidate.personId),
  );
  // A record whose identity does not open is a sign of tampering: the auditor sees which, the searcher the rest.
  for (const personId of unreadable)
    await recordAudit(tx, ctx, {
      action: 'person.unreadable',
      resourceType: 'person',
      resourceId: personId,
      outcome: 'failure',
    });
  const top = scored.slice(0, 20);
  const holdings = await caseHoldings(
    tx,
    top.flatMap(({ candidate }) => (candidate.case_id ? [candidate.case_id] : [])),
  );
  const candidates: Candidate[] = [];
  for (const { candidate: row, identity, match } of top) {
    const inScope = row.case_id !== null && visible.has(row.case_id);
    let showIdentity = false;
    if (inScope && row.case_id) {
      const reach = await reachTo(tx, ctx, {
        id: row.case_id,
        ownerAgencyId: row.owner_agency_id,
        createdBy: '',
        provinceCode: row.case_province ?? '',
      });
      showIdentity = mayViewIdentity(ctx, reach);
    }
    candidates.push({
      score: match.score,
      band: match.band,
      reasons: match.reasons,
      settleWith: match.settleWith,
      caseCode: row.case_code,
      ownerProvinceCode: row.case_province,
      inScope,
      // Outside the scope the id is given only to those who may break the glass, so they can open it with a reason.
      caseId: inScope || can(ctx, 'case.break_glass') ? row.case_id : null,
      fullName: showIdentity ? identity.fullName : null,
      dateOfBirth: showIdentity ? (identity.dateOfBirth ?? null) : null,
      ...holderFields(ctx, row.case_id ? holdings.get(row.case_id) : undefined),
    });
  }
  return candidates;
}

/**
 * For a record another agency holds: that agency when it lets itself be named, and the reference for a request
 * to coordinate. Nothing for the caller's own agency's records, which it simply opens.
 */
function holderFields(
  ctx: RequestContext,
  holding: CaseHolding | undefined,
): Pick<Candidate, 'holder' | 'coordinationRef'> {
  if (!holding || holding.holderAgencyId === ctx.actor?.agencyId)
    return { holder: null, coordinationRef: null };
  return { holder: holding.holder, coordinationRef: coordinationRefFor(ctx, holding.caseId) };
}
