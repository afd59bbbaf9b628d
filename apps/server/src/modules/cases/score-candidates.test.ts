import { randomBytes } from 'node:crypto';
import {
  duplicateRecord,
  namesakeRecord,
  type PersonIdentity,
  randomSource,
  type SyntheticPerson,
  scoreMatch,
  syntheticPerson,
} from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { createKeyRing, newWrappedDataKey } from '../../lib/key-ring';
import { createSecretBox } from '../../lib/secret-box';
import { evidenceOf, sealIdentity } from './person-identity';
import { scoreSealedCandidates } from './score-candidates';

const masterKey = randomBytes(32);
const master = createSecretBox(masterKey);
const keys = createKeyRing(
  masterKey,
  (['encryption', 'index', 'derivation'] as const).map((purpose) => newWrappedDataKey(master, purpose)),
);

const identityOf = (person: SyntheticPerson): PersonIdentity => ({
  fullName: person.fullName,
  otherNames: [],
  ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
  ...(person.birthYear !== undefined ? { birthYear: person.birthYear } : {}),
  ...(person.approximateAge ? { approximateAge: person.approximateAge } : {}),
  documents: (person.documentNumbers ?? []).map((number) => ({ type: 'national_id' as const, number })),
  phones: person.phones ? [...person.phones] : [],
  addresses: [],
});

describe('scoreSealedCandidates', () => {
  it('keeps and orders candidates exactly as scoring each pair afresh does', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = randomSource(seed);
      const sought = syntheticPerson(random, 0);
      const people = Array.from({ length: 40 }, (_, index) =>
        index % 4 === 0
          ? duplicateRecord(sought, random)
          : index % 4 === 1
            ? namesakeRecord(sought, random, index)
            : { ...syntheticPerson(random, index), fullName: sought.fullName },
      );
      const candidates = people.map((person, index) => {
        const personId = `person-${seed}-${index}`;
        return {
          personId,
          identitySealed: sealIdentity(keys, personId, identityOf(person)),
          sex: person.sex ?? null,
          homeProvinceCode: person.homeProvinceCode ?? null,
          homeCommuneCode: person.homeCommuneCode ?? null,
        };
      });
      const expected = candidates
        .map((candidate, index) => ({
          candidate,
          match: scoreMatch(sought, evidenceOf(identityOf(people[index] as SyntheticPerson), candidate)),
        }))
        .filter(({ match }) => match.band !== 'unlikely')
        .sort((a, b) => b.match.score - a.match.score);
      expect(expected.length).toBeGreaterThan(0);
      const scored = scoreSealedCandidates(keys, sought, candidates);
      expect(scored.map(({ candidate, match }) => ({ candidate, match }))).toStrictEqual(expected);
      expect(scored.map(({ identity }) => identity.fullName)).toStrictEqual(
        expected.map(({ candidate }) => people[candidates.indexOf(candidate)]?.fullName),
      );
    }
  });
});
