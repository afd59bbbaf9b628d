// The Markdown page of a bench run: one table per question the issue asks, with the targets beside.
import type { PathResult } from '../api-vs-sql';
import type { ScaleResult } from './results';

const n = (value: number) => value.toLocaleString('en-US');

function scaleTables(scale: ScaleResult[]): string[] {
  const lines: string[] = [];
  lines.push('## Synthetic dataset load (`lantern seed --synthetic N`)', '');
  lines.push(
    '| engine | persons with cases | seconds | persons/s (target ≥ 5,000 on PostgreSQL) |',
    '|---|---|---|---|',
  );
  for (const s of scale)
    lines.push(`| ${s.engine} | ${n(s.persons)} | ${s.seedSeconds} | ${n(s.seedRate)} |`);
  lines.push('', '## Search before create (`POST /api/persons/match`, one user at a time)', '');
  lines.push(
    '| engine | persons | searches | found | p50 ms | p95 ms (target ≤ 100) | p99 ms |',
    '|---|---|---|---|---|---|---|',
  );
  for (const s of scale)
    lines.push(
      `| ${s.engine} | ${n(s.persons)} | ${s.search.searches} | ${Math.round(s.search.foundShare * 100)} % | ${s.search.p50} | ${s.search.p95} | ${s.search.p99} |`,
    );
  lines.push('', '## API vs SQL floor', '');
  lines.push(
    'API: the built server in its own process under autocannon, each connection a different signed-in user. SQL floor: the statements that server sent for one such request (transaction control, per-transaction context settings, queries, audit event), replayed from bare `pg` clients as the request role. Latencies in ms. Targets at 1,000,000 persons and 8 connections: API p95 ≤ 25 ms (reads), ≤ 50 ms (writes); API throughput ≥ half the floor at every concurrency.',
    '',
  );
  lines.push(
    '| engine | persons | path | statements | conn | API req/s | API p50 | API p95 | API p99 | SQL req/s | SQL p50 | SQL p95 | SQL p99 | API/SQL throughput | API errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const s of scale)
    for (const path of s.paths as PathResult[])
      for (const run of path.runs) {
        // A floor whose every replay failed measured nothing; say so rather than print zeros and a ratio.
        const floor = run.sql && run.sql.requests > 0 ? run.sql : undefined;
        const ratio = floor ? run.throughputRatio : undefined;
        lines.push(
          `| ${s.engine} | ${n(s.persons)} | ${path.path} | ${path.statements || '—'} | ${run.connections} | ${n(run.api.throughput)} | ${run.api.p50} | ${run.api.p95} | ${run.api.p99} | ${floor ? n(floor.throughput) : run.sql ? 'replay failed' : '—'} | ${floor?.p50 ?? '—'} | ${floor?.p95 ?? '—'} | ${floor?.p99 ?? '—'} | ${ratio ?? '—'} | ${run.api.errors}${
            Object.keys(run.api.statuses ?? {}).length
              ? ` (${Object.entries(run.api.statuses ?? {})
                  .map(([code, count]) => `${count}× ${code}`)
                  .join(', ')})`
              : ''
          } |`,
        );
      }
  return lines;
}

export function renderMarkdown(report: Record<string, unknown>): string {
  const machine = report.machine as { cpus: number; memoryGiB: number; node: string };
  const lines = [
    `# Lantern benchmarks${report.quick ? ' (quick: small sizes, short runs — checks that the benchmarks work)' : ''}`,
    '',
    `Machine: ${machine.cpus} cores, ${machine.memoryGiB} GiB, Node ${machine.node}. Run at ${report.at} (parts may come from separate runs with --only). Everything runs on this one machine (PostgreSQL, the server and the load generator share the cores).`,
    '',
  ];
  if (typeof report.startupMarkdown === 'string')
    lines.push(report.startupMarkdown.replace(/^# /m, '## '), '');
  const matching = report.matching as { markdown?: string } | undefined;
  if (matching?.markdown) lines.push(matching.markdown, '');
  if (report.scale) lines.push(...scaleTables(report.scale as ScaleResult[]), '');
  lines.push(
    '## Indicators at scale',
    '',
    'Not measured yet: the indicator catalogue arrives with the indicators issue; this benchmark will time it against one hand-written SQL query per indicator.',
    '',
  );
  return `${lines.join('\n')}\n`;
}
