import type { MatchCandidate } from './queries';

/** Registration's person search as the page holds it and the search step shows it. */
export interface SearchState {
  /** The search the candidates answer (see searchKey); null before the first search. */
  key: string | null;
  candidates: MatchCandidate[];
  pending: boolean;
  error: string | null;
}
