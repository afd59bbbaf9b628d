// Search-before-create latency: POST /api/persons/match through the whole server (session, CSRF, policy, blind
// index, decryption, scoring, audit) with N synthetic persons on a throwaway PostgreSQL cluster (or PGlite).
// Usage: npx tsx bench/match-latency.ts [--persons 100000] [--engine postgres|pglite] [--searches 300]
// Results: bench/results/match-latency-<engine>-<persons>.{json,md}
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { duplicateRecord, randomSource, type SyntheticPerson, syntheticPerson } from '@lantern/domain';
import pg from 'pg';
import { createApp } from '../apps/server/src/app';
import { recordSystemAudit } from '../apps/server/src/audit/system-audit';
import { hashPassword } from '../apps/server/src/auth/passwords';
import { timeStep, totpAt } from '../apps/server/src/auth/totp';
import { ensureSeedRows } from '../apps/server/src/db/bootstrap';
import { openKeyRing } from '../apps/server/src/db/data-keys';
import { loadMigrations } from '../apps/server/src/db/migrations';
import { migrate } from '../apps/server/src/db/migrator';
import { openPglite } from '../apps/server/src/db/pglite';
import { openPostgres } from '../apps/server/src/db/postgres';
import type { Database } from '../apps/server/src/db/types';
import { newId } from '../apps/server/src/lib/ids';
import { createLogger } from '../apps/server/src/lib/logger';
import { evidenceOf, matchKeyHashes, sealIdentity } from '../apps/server/src/modules/cases/person-identity';
import {
  createClusterRoles,
  TEST_LOGIN_ROLE,
  TEST_OWNER_ROLE,
  withUser,
} from '../apps/server/src/test-support/postgres-roles';
import { startEphemeralPostgres } from '../scripts/ephemeral-postgres.mjs';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '100000' },
    engine: { type: 'string', default: 'postgres' },
    searches: { type: 'string', default: '300' },
  },
});
const PERSONS = Number(values.persons);
const SEARCHES = Number(values.searches);
const ENGINE = values.engine === 'pglite' ? 'pglite' : 'postgres';
const WARM_UP = 20;
const USERS = Math.ceil((SEARCHES + WARM_UP) / 30); // the API allows 30 searches a minute per user

async function openDatabase(): Promise<{ database: Database; stop: () => void }> {
  if (ENGINE === 'pglite') return { database: await openPglite(undefined), stop: () => {} };
  const cluster = await startEphemeralPostgres();
  await createClusterRoles(cluster.adminUrl);
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`create database lantern_bench owner ${TEST_OWNER_ROLE}`);
  await admin.end();
  const database = await openPostgres(
    withUser(cluster.adminUrl, TEST_LOGIN_ROLE, 'lantern_bench'),
    withUser(cluster.adminUrl, TEST_OWNER_ROLE, 'lantern_bench'),
  );
  return { database, stop: cluster.stop };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function main() {
  const started = Date.now();
  const { database, stop } = await openDatabase();
  await migrate(database, loadMigrations());
  await ensureSeedRows(database);
  const keys = await openKeyRing(database, randomBytes(32));
  const owner = await database.openOwner();
  if (!owner) throw new Error('no owner connection');

  const agencyId = newId();
  const passwordHash = await hashPassword('bench passphrase 2026');
  const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const userNames: string[] = [];
  await owner.transaction(async (session) => {
    await session.query(
      `insert into agencies (id, name, type_code, province_code) values ($1, 'Bench centre', 'social_work_centre', '42')`,
      [agencyId],
    );
    for (let i = 0; i < USERS; i++) {
      const id = newId();
      const username = `bench.${i}`;
      userNames.push(username);
      await session.query(
        `insert into users (id, agency_id, username, display_name, password_hash, totp_secret, totp_enrolled_at)
         values ($1, $2, $3, $3, $4, $5, now())`,
        [id, agencyId, username, passwordHash, keys.seal(totpSecret, `totp:${id}`)],
      );
      await session.query(
        `insert into user_roles (user_id, role_id) select $1, id from roles where code = 'case_worker'`,
        [id],
      );
    }
    await recordSystemAudit(session, { action: 'bench.setup' });
  });

  // Synthetic persons, sealed and indexed exactly as registration does, inserted in batches.
  const random = randomSource(2026);
  const population: SyntheticPerson[] = [];
  const loadStart = Date.now();
  const BATCH = 1000;
  for (let offset = 0; offset < PERSONS; offset += BATCH) {
    const batch: SyntheticPerson[] = [];
    for (let i = offset; i < Math.min(PERSONS, offset + BATCH); i++) batch.push(syntheticPerson(random, i));
    population.push(...batch.filter((_, i) => i % 50 === 0));
    await owner.transaction(async (session) => {
      const personRows: unknown[] = [];
      const keyRows: unknown[] = [];
      const caseRows: unknown[] = [];
      for (const person of batch) {
        const personId = newId();
        const identity = {
          fullName: person.fullName,
          otherNames: [],
          documents: (person.documentNumbers ?? []).map((number) => ({
            type: 'national_id' as const,
            number,
          })),
          phones: [...(person.phones ?? [])],
          addresses: [],
          ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
        };
        personRows.push([
          personId,
          agencyId,
          sealIdentity(keys, personId, identity),
          person.sex,
          person.homeProvinceCode,
          person.homeCommuneCode ?? null,
        ]);
        for (const hash of new Set(matchKeyHashes(keys, evidenceOf(identity, person), 'stored')))
          keyRows.push([personId, hash]);
        caseRows.push([
          newId(),
          `LT-42-2026-B${String(person.individual).padStart(7, '0')}`,
          personId,
          agencyId,
        ]);
      }
      const values = (rows: unknown[], width: number) =>
        rows
          .map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(',')})`)
          .join(',');
      const creator = `(select id from users where username = 'bench.0')`;
      await session.query(
        `insert into persons (id, owner_agency_id, identity_sealed, sex, home_province_code, home_commune_code, created_by)
         select v.id::uuid, v.a::uuid, v.s, v.x, v.p, v.c, ${creator} from (values ${values(personRows, 6)}) as v(id, a, s, x, p, c)`,
        personRows.flat() as unknown[],
      );
      for (let k = 0; k < keyRows.length; k += 5000) {
        const chunk = keyRows.slice(k, k + 5000);
        await session.query(
          `insert into person_match_keys (person_id, key_hash) select v.p::uuid, v.k from (values ${values(chunk, 2)}) as v(p, k)`,
          chunk.flat() as unknown[],
        );
      }
      await session.query(
        `insert into cases (id, code, person_id, owner_agency_id, province_code, state, received_on, trafficking_status, intake_route, created_by)
         select v.id::uuid, v.code, v.person::uuid, v.agency::uuid, '42', 'received', '2026-01-01', 'PossibleVictimOfTrafficking', 'vn.Rescued', ${creator}
         from (values ${values(caseRows, 4)}) as v(id, code, person, agency)`,
        caseRows.flat() as unknown[],
      );
      await recordSystemAudit(session, { action: 'bench.load', details: { persons: batch.length } });
    });
    if ((offset / BATCH) % 20 === 0) process.stderr.write(`loaded ${offset + BATCH} persons\n`);
  }
  const loadSeconds = (Date.now() - loadStart) / 1000;
  await owner.transaction((session) => session.query('analyze'));
  await owner.close();

  const app = createApp({ database, logger: createLogger('silent'), migrations: loadMigrations(), keys });
  const sessions: Array<{ cookie: string; csrf: string }> = [];
  for (const username of userNames) {
    const first = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'bench passphrase 2026' }),
    });
    let cookie = /lantern_session=([^;]*)/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const csrf1 = (await first.json()).csrfToken as string;
    const second = await app.request('/api/auth/mfa/verify', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `lantern_session=${cookie}`,
        'X-CSRF-Token': csrf1,
      },
      body: JSON.stringify({ code: totpAt(totpSecret, timeStep(new Date())) }),
    });
    cookie = /lantern_session=([^;]*)/.exec(second.headers.get('set-cookie') ?? '')?.[1] ?? cookie;
    sessions.push({ cookie, csrf: (await second.json()).csrfToken as string });
  }

  // Searches: another agency's spelling of people who are in the database, as a second registration would type them.
  const searchRandom = randomSource(7);
  const latencies: number[] = [];
  let found = 0;
  for (let i = 0; i < SEARCHES + WARM_UP; i++) {
    const person = duplicateRecord(population[i % population.length] as SyntheticPerson, searchRandom);
    const session = sessions[Math.floor(i / 30) % sessions.length] as { cookie: string; csrf: string };
    const body = JSON.stringify({
      fullName: person.fullName,
      ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
      ...(person.birthYear ? { birthYear: person.birthYear } : {}),
      ...(person.sex ? { sex: person.sex } : {}),
      ...(person.homeProvinceCode ? { homeProvinceCode: person.homeProvinceCode } : {}),
    });
    const t0 = performance.now();
    const response = await app.request('/api/persons/match', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `lantern_session=${session.cookie}`,
        'X-CSRF-Token': session.csrf,
      },
      body,
    });
    const json = (await response.json()) as { candidates?: unknown[] };
    const elapsed = performance.now() - t0;
    if (response.status !== 200)
      throw new Error(`search failed with ${response.status}: ${JSON.stringify(json)}`);
    if (i >= WARM_UP) {
      latencies.push(elapsed);
      if ((json.candidates?.length ?? 0) > 0) found += 1;
    }
  }
  latencies.sort((a, b) => a - b);
  const result = {
    benchmark: 'search-before-create (POST /api/persons/match)',
    engine: ENGINE,
    persons: PERSONS,
    searches: latencies.length,
    foundShare: found / latencies.length,
    latencyMs: {
      p50: Math.round(percentile(latencies, 50) * 10) / 10,
      p95: Math.round(percentile(latencies, 95) * 10) / 10,
      p99: Math.round(percentile(latencies, 99) * 10) / 10,
      max: Math.round((latencies.at(-1) ?? 0) * 10) / 10,
    },
    budgetMsP95: 100,
    loadSeconds: Math.round(loadSeconds),
    totalSeconds: Math.round((Date.now() - started) / 1000),
    machine: {
      cpus: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    at: new Date().toISOString(),
  };
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
  mkdirSync(dir, { recursive: true });
  const name = `match-latency-${ENGINE}-${PERSONS}`;
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(
    path.join(dir, `${name}.md`),
    `# ${result.benchmark}\n\n| engine | persons | searches | found | p50 ms | p95 ms | p99 ms | budget p95 |\n|---|---|---|---|---|---|---|---|\n` +
      `| ${ENGINE} | ${PERSONS} | ${result.searches} | ${(result.foundShare * 100).toFixed(0)} % | ${result.latencyMs.p50} | ${result.latencyMs.p95} | ${result.latencyMs.p99} | 100 |\n\n` +
      `Machine: ${result.machine.cpus} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}; loading took ${result.loadSeconds} s. ${result.at}\n`,
  );
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  await database.close();
  stop();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
