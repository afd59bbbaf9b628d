// Score rate: how long one search-before-create spends opening and scoring a full candidate set (400, the
// server's MAX_CANDIDATES, which common names always reach at a million persons). A measurement, not a test.
// Usage: npx tsx bench/score-rate.ts [--sets 12] [--rounds 5] [--only open|score|prepared|both]   (--only: for a profile)
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  duplicateRecord,
  namesakeRecord,
  type PersonEvidence,
  type PersonIdentity,
  randomSource,
  type SyntheticPerson,
  scoreMatch,
  syntheticPerson,
} from '@lantern/domain';
import { createKeyRing, newWrappedDataKey } from '../apps/server/src/lib/key-ring';
import { createSecretBox } from '../apps/server/src/lib/secret-box';
import { evidenceOf, openIdentity, sealIdentity } from '../apps/server/src/modules/cases/person-identity';
import {
  type SealedCandidate,
  scoreSealedCandidates,
} from '../apps/server/src/modules/cases/score-candidates';

const CANDIDATES = 400;
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const SETS = option('sets', 12);
const ROUNDS = option('rounds', 5);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const measuring = (part: string) => only === undefined || only === part;

const masterKey = randomBytes(32);
const master = createSecretBox(masterKey);
const keys = createKeyRing(masterKey, [
  newWrappedDataKey(master, 'encryption'),
  newWrappedDataKey(master, 'index'),
  newWrappedDataKey(master, 'derivation'),
]);

function identityOf(person: SyntheticPerson): PersonIdentity {
  return {
    fullName: person.fullName,
    otherNames: person.otherNames ? [...person.otherNames] : [],
    ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
    ...(person.birthYear !== undefined ? { birthYear: person.birthYear } : {}),
    ...(person.approximateAge ? { approximateAge: person.approximateAge } : {}),
    documents: (person.documentNumbers ?? []).map((number) => ({ type: 'national_id' as const, number })),
    phones: person.phones ? [...person.phones] : [],
    addresses: [],
  };
}

const words = (person: SyntheticPerson) => person.fullName.split(' ');
const yearOf = (person: SyntheticPerson) => Number(person.dateOfBirth?.slice(0, 4) ?? 1995);

/**
 * What the blind index brings up for a common name at a million persons: a few second registrations of the
 * person sought (written another way), namesakes, and mostly other people sharing the given name (its sound
 * key) and a year either side, or the given and family names — some of them written given name first, without
 * diacritics or with a typo, as other agencies do.
 */
function candidateSet(random: () => number, set: number): { query: PersonEvidence; rows: SealedCandidate[] } {
  const sought = syntheticPerson(random, set);
  const query: PersonEvidence = random() < 0.5 ? { ...duplicateRecord(sought, random) } : { ...sought };
  const people: SyntheticPerson[] = [];
  for (let i = 0; i < 2; i++) people.push(duplicateRecord(sought, random));
  for (let i = 0; i < 4; i++) people.push(namesakeRecord(sought, random, 1_000 + i));
  while (people.length < CANDIDATES) {
    const other = syntheticPerson(random, people.length);
    const [family, ...rest] = words(other);
    const given = words(sought).at(-1) as string;
    const sameFamily = random() < 0.3;
    const name = [sameFamily ? words(sought)[0] : family, ...rest.slice(0, -1), given].join(' ');
    const year = yearOf(sought) + Math.floor(random() * 3) - 1;
    const person = {
      ...other,
      fullName: name,
      dateOfBirth: `${year}${other.dateOfBirth?.slice(4) ?? '-01-01'}`,
    };
    people.push(random() < 0.3 ? duplicateRecord(person, random) : person);
  }
  const rows = people.map((person, index) => {
    const personId = `00000000-0000-4000-8000-${String(set * 10_000 + index).padStart(12, '0')}`;
    return {
      personId,
      identitySealed: sealIdentity(keys, personId, identityOf(person)),
      sex: person.sex ?? null,
      homeProvinceCode: person.homeProvinceCode ?? null,
      homeCommuneCode: person.homeCommuneCode ?? null,
    };
  });
  return { query, rows };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

function time(part: string, run: () => void): number {
  if (!measuring(part)) return 0;
  const started = performance.now();
  run();
  return performance.now() - started;
}

const random = randomSource(20261207);
const sets = Array.from({ length: SETS }, (_, set) => candidateSet(random, set));
const timings = {
  open: [] as number[],
  score: [] as number[],
  prepared: [] as number[],
  sealed: [] as number[],
};
// The prepared path (prepareQuery once, scoreCandidate per candidate) where this version has it, so the same
// script measures the code before and after it.
const domain: Record<string, unknown> = await import('@lantern/domain');
const prepared =
  typeof domain.prepareQuery === 'function'
    ? (domain as unknown as {
        prepareQuery(query: PersonEvidence): unknown;
        scoreCandidate(query: unknown, candidate: PersonEvidence): unknown;
      })
    : undefined;
let kept = 0;
for (let round = 0; round <= ROUNDS; round++)
  sets.forEach(({ query, rows }) => {
    // A new query object each time, as each request parses its own: nothing is remembered between searches.
    const fresh = () => structuredClone(query);
    const openAll = () => rows.map((row) => openIdentity(keys, row.personId, row.identitySealed));
    // Scored on the identities just opened, as the server does: fresh strings, which no cache has seen as such.
    let identities: PersonIdentity[] = [];
    const open = time('open', () => {
      identities = openAll();
    });
    if (!measuring('open')) identities = openAll();
    const score = time('score', () => {
      const search = fresh();
      for (const [at, identity] of identities.entries())
        scoreMatch(search, evidenceOf(identity, rows[at] as SealedCandidate));
    });
    const scorePrepared = time('prepared', () => {
      if (!prepared) return;
      const search = prepared.prepareQuery(fresh());
      for (const [at, identity] of identities.entries())
        prepared.scoreCandidate(search, evidenceOf(identity, rows[at] as SealedCandidate));
    });
    const sealed = time('both', () => {
      kept += scoreSealedCandidates(keys, fresh(), rows).length;
    });
    // Round 0 warms the JIT and is not counted.
    if (round === 0) return;
    timings.open.push(open);
    timings.score.push(score);
    timings.prepared.push(scorePrepared);
    timings.sealed.push(sealed);
  });

const format = (values: number[]) => `${median(values).toFixed(1)} ms`;
process.stdout.write(
  `${SETS} candidate sets × ${ROUNDS} rounds, ${CANDIDATES} candidates each (median ms per ${CANDIDATES}):\n` +
    `  open  (openIdentity)            ${format(timings.open)}\n` +
    `  score (scoreMatch + evidenceOf) ${format(timings.score)}\n` +
    `  score (prepareQuery once, then scoreCandidate + evidenceOf) ${prepared ? format(timings.prepared) : 'n/a'}\n` +
    `  both  (scoreSealedCandidates: open and score, as a search does) ${format(timings.sealed)}\n` +
    `  (kept as possible or better: ${(kept / ((ROUNDS + 1) * SETS)).toFixed(1)} per search)\n`,
);
