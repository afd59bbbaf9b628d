import {
  type MatchScore,
  type PersonEvidence,
  type PersonIdentity,
  prepareQuery,
  scoreCandidate,
} from '@lantern/domain';
import type { KeyRing } from '../../lib/key-ring';
import { evidenceOf, openIdentity } from './person-identity';

/** A candidate as the blind index brings it up: the sealed identity and the profile in the clear. */
export interface SealedCandidate {
  personId: string;
  identitySealed: string;
  sex: string | null;
  homeProvinceCode: string | null;
  homeCommuneCode?: string | null;
}

/**
 * Decrypts each candidate and scores it against the search; keeps "possible" and better, strongest first.
 * The one place where candidates from the blind index are opened, for the search, the command line and the
 * duplicate scans alike.
 */
export function scoreSealedCandidates<T extends SealedCandidate>(
  keys: KeyRing,
  query: PersonEvidence,
  candidates: readonly T[],
): Array<ScoredCandidate<T>> {
  const prepared = prepareQuery(query);
  // All opened first, then all scored: alternating AES-GCM and the scorer made both about twice as slow
  // (bench/score-rate.ts), each evicting the other's working set.
  const identities = candidates.map((candidate) =>
    openIdentity(keys, candidate.personId, candidate.identitySealed),
  );
  return candidates
    .map((candidate, index) => {
      const identity = identities[index] as PersonIdentity;
      return { candidate, identity, match: scoreCandidate(prepared, evidenceOf(identity, candidate)) };
    })
    .filter((scored): scored is ScoredCandidate<T> => scored.match.band !== 'unlikely')
    .sort((a, b) => b.match.score - a.match.score);
}

export interface ScoredCandidate<T> {
  candidate: T;
  identity: PersonIdentity;
  match: MatchScore & { band: 'probable' | 'possible' };
}
