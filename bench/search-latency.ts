// Search-before-create latency: POST /api/persons/match through the whole server (session, CSRF, policy,
// blind index, decryption and scoring of candidates, audit), one search at a time, as a registering user
// types another agency's spelling of someone already in the database.
import { duplicateRecord, randomSource, syntheticRegistration } from '@lantern/domain';
import { BENCH_AS_OF, BENCH_SEED } from './support/environment';
import { summarise } from './support/load';
import { type BenchSession, sessionHeaders } from './support/sessions';

/** The API allows 30 searches a minute per user; searches rotate through the sessions accordingly. */
const PER_USER = 30;

export interface SearchLatencyResult {
  searches: number;
  foundShare: number;
  p50: number;
  p95: number;
  p99: number;
}

export async function runSearchLatency(options: {
  url: string;
  persons: number;
  searches: number;
  sessions: readonly BenchSession[];
}): Promise<SearchLatencyResult> {
  const random = randomSource(7);
  const warmUp = 10;
  const latencies: number[] = [];
  let found = 0;
  for (let i = 0; i < options.searches + warmUp; i++) {
    const index = Math.floor(random() * options.persons);
    const seeded = syntheticRegistration({ seed: BENCH_SEED, asOf: BENCH_AS_OF }, index).person;
    const person = duplicateRecord(seeded, random);
    const session = options.sessions[Math.floor(i / PER_USER) % options.sessions.length] as BenchSession;
    const body = JSON.stringify({
      fullName: person.fullName,
      ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
      ...(person.birthYear ? { birthYear: person.birthYear } : {}),
      ...(person.approximateAge ? { approximateAge: person.approximateAge } : {}),
      ...(person.sex ? { sex: person.sex } : {}),
      ...(person.homeProvinceCode ? { homeProvinceCode: person.homeProvinceCode } : {}),
    });
    const started = performance.now();
    const response = await fetch(`${options.url}/api/persons/match`, {
      method: 'POST',
      headers: sessionHeaders(session),
      body,
    });
    const json = (await response.json()) as { candidates?: unknown[] };
    const elapsed = performance.now() - started;
    if (response.status !== 200)
      throw new Error(`search answered ${response.status}: ${JSON.stringify(json)}`);
    if (i < warmUp) continue;
    latencies.push(elapsed);
    if ((json.candidates?.length ?? 0) > 0) found += 1;
  }
  const summary = summarise(1, latencies, 0, 1);
  return {
    searches: latencies.length,
    foundShare: Math.round((found / latencies.length) * 1000) / 1000,
    p50: summary.p50,
    p95: summary.p95,
    p99: summary.p99,
  };
}
