import {
  ageBandOf,
  ageOn,
  type MatchRequest,
  normaliseDocument,
  type PersonEvidence,
  type PersonIdentity,
  type PersonProfile,
  queryMatchKeys,
  storedMatchKeys,
} from '@lantern/domain';
import type { KeyRing } from '../../lib/key-ring';

const identityContext = (personId: string) => `person:${personId}:identity`;

/** Seals the whole identity as one document bound to the person's id: copied to another row, it will not open. */
export function sealIdentity(keys: KeyRing, personId: string, identity: PersonIdentity): string {
  return keys.seal(JSON.stringify(identity), identityContext(personId));
}

export function openIdentity(keys: KeyRing, personId: string, sealed: string): PersonIdentity {
  return JSON.parse(keys.open(sealed, identityContext(personId))) as PersonIdentity;
}

/** What the matcher compares, from a decrypted identity and the profile in the clear. */
export function evidenceOf(
  identity: PersonIdentity,
  profile: { sex?: string | null; homeProvinceCode?: string | null; homeCommuneCode?: string | null },
): PersonEvidence {
  // Assigned one by one rather than spread: a search builds this for each of up to 400 candidates.
  const evidence: PersonEvidence = { fullName: identity.fullName, otherNames: identity.otherNames };
  if (identity.dateOfBirth) evidence.dateOfBirth = identity.dateOfBirth;
  if (identity.birthYear !== undefined) evidence.birthYear = identity.birthYear;
  if (identity.approximateAge) evidence.approximateAge = identity.approximateAge;
  if (profile.sex) evidence.sex = profile.sex;
  if (profile.homeProvinceCode) evidence.homeProvinceCode = profile.homeProvinceCode;
  if (profile.homeCommuneCode) evidence.homeCommuneCode = profile.homeCommuneCode;
  evidence.phones = identity.phones;
  evidence.documentNumbers = identity.documents.map((document) => normaliseDocument(document.number));
  return evidence;
}

/** A search as matcher evidence (absent fields left out, not undefined). */
export function evidenceFromSearch(query: MatchRequest): PersonEvidence {
  const present = Object.entries(query).filter(([, value]) => value !== undefined);
  return { ...(Object.fromEntries(present) as Partial<PersonEvidence>), fullName: query.fullName };
}

/** Blind-index hashes of a person's candidate keys (stored) or of a search's keys (query). */
export function matchKeyHashes(keys: KeyRing, evidence: PersonEvidence, kind: 'stored' | 'query'): string[] {
  const plain = kind === 'stored' ? storedMatchKeys(evidence) : queryMatchKeys(evidence);
  return plain.map((key) => keys.blindIndex(key));
}

export function ageBandFor(identity: PersonIdentity, on: string): string | null {
  const age = ageOn(identity, on);
  return age === undefined ? null : ageBandOf(age);
}

export type { PersonProfile };
