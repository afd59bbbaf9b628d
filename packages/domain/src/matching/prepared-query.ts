import { bestNameReasons, namesOf, type Readings } from './compare-names';
import { birthYears, normaliseDocument, normalisePhone, type PersonEvidence } from './evidence';
import type { MatchReason } from './weights';

/**
 * A search's own record, worked out once. A search (or a duplicate scan) scores one record against up to
 * 400 candidates; reading its names, splitting its date of birth and normalising its phones and documents
 * again for each of them was most of the scoring time.
 */
export interface PreparedQuery {
  /** A copy of the record as prepared, so a record changed since can be told apart. */
  readonly evidence: PersonEvidence;
  readonly names: readonly Readings[];
  /** The full date of birth split on "-", when there is one: a swapped day and month is compared by parts. */
  readonly dateParts: readonly (string | undefined)[] | undefined;
  readonly years: ReturnType<typeof birthYears>;
  /** Normalised phones and documents, when there are any. */
  readonly phones: ReadonlySet<string> | undefined;
  readonly documents: ReadonlySet<string> | undefined;
  /** Which settling evidence the record has (see `settlingEvidence` in score.ts). */
  readonly has: Readonly<Record<'phones' | 'documentNumbers' | 'dateOfBirth' | 'homeCommuneCode', boolean>>;
  /**
   * The name comparison with each candidate's names already seen in this search: common names come up many
   * times among 400 candidates ("Nguyễn Thị Lan"). Held by the prepared query alone, so no decrypted name
   * outlives the search that opened it; absent when the caller keeps the query for long (see scoreMatch).
   */
  readonly namesSeen: NamesSeen | undefined;
}

/** Candidates known by one name, by that name; those with aliases, by the list as JSON (any character may be in a name). */
interface NamesSeen {
  byName: Map<string, readonly MatchReason[]>;
  byNames: Map<string, readonly MatchReason[]>;
}

/** Enough for every candidate of a search many times over; a longer scan starts over rather than grow. */
const NAMES_SEEN_LIMIT = 4_096;

const present = (value: PersonEvidence[keyof PersonEvidence]) =>
  Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';

const copyOf = (evidence: PersonEvidence): PersonEvidence => ({
  ...evidence,
  ...(evidence.otherNames ? { otherNames: [...evidence.otherNames] } : {}),
  ...(evidence.approximateAge ? { approximateAge: { ...evidence.approximateAge } } : {}),
  ...(evidence.phones ? { phones: [...evidence.phones] } : {}),
  ...(evidence.documentNumbers ? { documentNumbers: [...evidence.documentNumbers] } : {}),
});

/**
 * Prepares a search's record for scoring many candidates with {@link scoreCandidate} (score.ts).
 * `rememberNames: false` when the prepared query is kept beyond one search.
 */
export function prepareQuery(query: PersonEvidence, options = { rememberNames: true }): PreparedQuery {
  const evidence = copyOf(query);
  return {
    evidence,
    names: namesOf(evidence),
    dateParts: evidence.dateOfBirth ? evidence.dateOfBirth.split('-') : undefined,
    years: birthYears(evidence),
    phones: evidence.phones?.length ? new Set(evidence.phones.map(normalisePhone)) : undefined,
    documents: evidence.documentNumbers?.length
      ? new Set(evidence.documentNumbers.map(normaliseDocument))
      : undefined,
    has: {
      phones: present(evidence.phones),
      documentNumbers: present(evidence.documentNumbers),
      dateOfBirth: present(evidence.dateOfBirth),
      homeCommuneCode: present(evidence.homeCommuneCode),
    },
    namesSeen: options.rememberNames ? { byName: new Map(), byNames: new Map() } : undefined,
  };
}

/** Whether a record still reads as it did when prepared (a name or a phone corrected in place). */
export function unchangedSince(prepared: PreparedQuery, now: PersonEvidence): boolean {
  const then = prepared.evidence;
  return (
    then.fullName === now.fullName &&
    sameList(then.otherNames, now.otherNames) &&
    then.dateOfBirth === now.dateOfBirth &&
    then.birthYear === now.birthYear &&
    then.approximateAge?.years === now.approximateAge?.years &&
    then.approximateAge?.on === now.approximateAge?.on &&
    (then.approximateAge === undefined) === (now.approximateAge === undefined) &&
    then.sex === now.sex &&
    then.homeProvinceCode === now.homeProvinceCode &&
    then.homeCommuneCode === now.homeCommuneCode &&
    sameList(then.phones, now.phones) &&
    sameList(then.documentNumbers, now.documentNumbers)
  );
}

function sameList(then: readonly string[] | undefined, now: readonly string[] | undefined): boolean {
  if (then === undefined || now === undefined) return then === now;
  return then.length === now.length && then.every((value, index) => value === now[index]);
}

/** The name comparison of the query with a candidate, remembered for the candidates' names seen before. */
export function nameReasonsFor(query: PreparedQuery, candidate: PersonEvidence): MatchReason[] {
  const seen = query.namesSeen;
  if (!seen) return bestNameReasons(query.names, namesOf(candidate));
  const aliases = candidate.otherNames?.length ? candidate.otherNames : undefined;
  const memo = aliases ? seen.byNames : seen.byName;
  const key = aliases ? JSON.stringify([candidate.fullName, ...aliases]) : candidate.fullName;
  let reasons = memo.get(key);
  if (!reasons) {
    reasons = bestNameReasons(query.names, namesOf(candidate));
    if (memo.size >= NAMES_SEEN_LIMIT) memo.clear();
    memo.set(key, reasons);
  }
  // Copies: each score owns its reasons, as when every pair was worked out afresh.
  return reasons.map((found) => ({ code: found.code, weight: found.weight }));
}
