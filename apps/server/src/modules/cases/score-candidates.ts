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
  /** Told of each candidate whose identity does not open; it is left out rather than failing the search. */
  onUnreadable: (candidate: T) => void = () => {},
): Array<ScoredCandidate<T>> {
  const prepared = prepareQuery(query);
  // All opened first, then all scored: alternating AES-GCM and the scorer made both about twice as slow
  // (bench/score-rate.ts), each evicting the other's working set.
  const identities = candidates.map((candidate) => openOrReport(keys, candidate, onUnreadable));
  return candidates
    .flatMap((candidate, index) => {
      const identity = identities[index];
      if (!identity) return [];
      return [{ candidate, identity, match: scoreCandidate(prepared, evidenceOf(identity, candidate)) }];
    })
    .filter((scored): scored is ScoredCandidate<T> => scored.match.band !== 'unlikely')
    .sort((a, b) => b.match.score - a.match.score);
}

/**
 * A sealed identity is bound to its person's id: one that does not open was altered, or copied onto another
 * row. Every other candidate is still worth showing; the caller records the one that is not.
 */
function openOrReport<T extends SealedCandidate>(
  keys: KeyRing,
  candidate: T,
  onUnreadable: (candidate: T) => void,
): PersonIdentity | undefined {
  try {
    return openIdentity(keys, candidate.personId, candidate.identitySealed);
  } catch {
    onUnreadable(candidate);
    return undefined;
  }
}

export interface ScoredCandidate<T> {
  candidate: T;
  identity: PersonIdentity;
  match: MatchScore & { band: 'probable' | 'possible' };
}
