// `npx tsx bench/profile.ts [list|page|inbox] [persons]`: where the server's CPU goes on one read path. Seeds a
// throwaway PostgreSQL, starts the built server with `--cpu-prof`, loads the path for 10 s from 8 users and prints
// the share of samples by package and the top functions. Not part of `npm run bench`: a tool for a question.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBenchEnvironment } from './support/environment';
import { loadApi } from './support/load';
import { startServerProcess } from './support/server-process';
import { type BenchSession, sessionHeaders, signIn } from './support/sessions';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Samples per key, as shares of all samples, largest first. */
function shares(counts: Map<string, number>, total: number, top: number): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, n]) => `${((n * 100) / total).toFixed(1).padStart(5)} %  ${key}`);
}

function summarise(file: string): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1] ??
      (frame.url.includes('dist/main') ? 'lantern (server bundle)' : frame.functionName || '(native)');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + 1);
    const fn = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + 1);
  }
  const total = profile.samples.length;
  return [
    `${total} samples`,
    'by package:',
    ...shares(byPackage, total, 12),
    'top functions (self):',
    ...shares(byFunction, total, 20),
  ].join('\n');
}

const which = process.argv[2] === 'page' || process.argv[2] === 'inbox' ? process.argv[2] : 'list';
const persons = Number(process.argv[3] ?? 5000);
const env = await openBenchEnvironment({ engine: 'postgres', persons, users: 9, inboxUsers: 8 });
const owner = await env.database.openOwner();
if (!owner) throw new Error('no owner connection');
const caseId = await owner.transaction(async (session) => {
  const { rows } = await session.query<{ id: string }>(
    'select id from cases where owner_agency_id = $1 limit 1',
    [env.agencyId],
  );
  return rows[0]?.id as string;
});
await owner.close();
const folder = mkdtempSync(path.join(os.tmpdir(), 'lantern-profile-'));
const server = await startServerProcess({ ...env.serverEnv, LANTERN_MASTER_KEY: env.masterKeyBase64 }, [
  '--cpu-prof',
  `--cpu-prof-dir=${folder}`,
]);
try {
  const sessions: BenchSession[] = [];
  for (const user of which === 'inbox' ? env.inboxUsers : env.users.slice(0, 8))
    sessions.push(await signIn((p, init) => fetch(`${server.url}${p}`, init), user));
  const target =
    which === 'page'
      ? `/api/cases/${caseId}`
      : which === 'inbox'
        ? '/api/referrals?direction=incoming&status=open&limit=50'
        : '/api/cases?state=receiving_support&limit=50';
  const result = await loadApi({
    url: server.url,
    connections: 8,
    seconds: 10,
    request: { method: 'GET', path: target },
    headersFor: (c) => sessionHeaders(sessions[c % sessions.length] as BenchSession),
  });
  process.stdout.write(`${target}: ${result.throughput} req/s, p95 ${result.p95} ms\n`);
} finally {
  await server.stop();
  await env.close();
}
const written = readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'));
for (const name of written)
  process.stdout.write(`${path.join(folder, name)}\n${summarise(path.join(folder, name))}\n`);
