import { type MatchScore, type PersonEvidence, type PersonIdentity, scoreMatch } from '@lantern/domain';
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
  return candidates
    .map((candidate) => {
      const identity = openIdentity(keys, candidate.personId, candidate.identitySealed);
      return { candidate, identity, match: scoreMatch(query, evidenceOf(identity, candidate)) };
    })
    .filter((scored): scored is ScoredCandidate<T> => scored.match.band !== 'unlikely')
    .sort((a, b) => b.match.score - a.match.score);
}

export interface ScoredCandidate<T> {
  candidate: T;
  identity: PersonIdentity;
  match: MatchScore & { band: 'probable' | 'possible' };
}
