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
  lines.push('', '## API vs SQL floors', '');
  lines.push(
    'API: the built server in its own process under autocannon, each connection a different signed-in user. Replay floor: the statements that server sent for one such request (transaction control, context settings, queries, audit event), replayed from bare `pg` clients as the request role — what our design costs in the database. Ideal floor: begin, one context statement (role, request, actor), the ONE statement a hand-written server would send for the same answer (the page with its bounded total and the identity-read audit event; for writes every row the application inserted, audit event and seal queue included, as one chain of CTEs), commit — from bare `pg` clients, each connection another user, same role, RLS and indexes. Latencies in ms; ratios are API ÷ floor throughput. Targets at 1,000,000 persons and 8 connections: API p95 ≤ 25 ms (reads, the referral inbox included), ≤ 50 ms (writes, send referral included); API ≥ 0.5 × ideal (case page), ≥ 0.33 × ideal (case list); no collapse at 32 and 64. The referral inbox is read by users of the agencies with the most open incoming referrals.',
    '',
  );
  lines.push(
    '| engine | persons | path | statements | conn | API req/s | API p50 | API p95 | API p99 | replay req/s | replay p95 | ideal req/s | ideal p95 | API ÷ replay | API ÷ ideal | API errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  const checks: string[] = [];
  for (const s of scale)
    for (const path of s.paths as PathResult[]) {
      if (path.ideal)
        checks.push(
          `- ${s.engine} ${n(s.persons)} · ${path.path}: ${path.ideal.describe} (${path.ideal.check})`,
        );
      for (const run of path.runs) {
        // A floor whose every request failed measured nothing; say so rather than print zeros and a ratio.
        const floor = run.sql && run.sql.requests > 0 ? run.sql : undefined;
        const ideal = run.ideal && run.ideal.requests > 0 ? run.ideal : undefined;
        const statuses = Object.entries(run.api.statuses ?? {});
        lines.push(
          `| ${s.engine} | ${n(s.persons)} | ${path.path} | ${path.statements || '—'} | ${run.connections} | ${n(run.api.throughput)} | ${run.api.p50} | ${run.api.p95} | ${run.api.p99} | ${floor ? n(floor.throughput) : run.sql ? 'replay failed' : '—'} | ${floor?.p95 ?? '—'} | ${ideal ? n(ideal.throughput) : run.ideal ? 'failed' : '—'} | ${ideal?.p95 ?? '—'} | ${floor ? run.throughputRatio : '—'} | ${ideal ? run.idealRatio : '—'} | ${run.api.errors}${
            statuses.length ? ` (${statuses.map(([code, count]) => `${count}× ${code}`).join(', ')})` : ''
          } |`,
        );
      }
    }
  if (checks.length)
    lines.push('', 'Ideal statements, checked once against the API answer for the same user:', '', ...checks);
  lines.push('', '## Audit sealer under the highest-concurrency load', '');
  lines.push(
    "For the events written during the API runs at the highest concurrency: lag = the sealing block's `sealed_at` − the event's `occurred_at` (target: every event sealed within 2 s), and events sealed per second (each run from its start to its last event's seal).",
    '',
    '| engine | persons | events | unsealed after 15 s | lag p50 ms | lag p99 ms | lag max ms | sealed events/s |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const s of scale) {
    const lag = s.sealer;
    lines.push(
      lag?.available
        ? `| ${s.engine} | ${n(s.persons)} | ${n(lag.events)} | ${lag.unsealed} | ${lag.p50Ms ?? '—'} | ${lag.p99Ms ?? '—'} | ${lag.maxMs ?? '—'} | ${lag.sealedPerSecond ?? '—'} |`
        : `| ${s.engine} | ${n(s.persons)} | ${lag?.note ?? 'not available (run before the ledger)'} | | | | | |`,
    );
  }
  return lines;
}

function indicatorTable(scale: ScaleResult[]): string[] {
  const lines = [
    '## Indicators at scale',
    '',
    "The national dashboard's set through the whole server: every evaluable indicator by province × quarter with sex and with age band, 2021 to the bench year, six requests in flight, as a programme analyst (suppressed). Cold: first computation after start-up (target ≤ 5 s at 1,000,000); warm: the same set again, from the table cache (exact while nothing changed; a slow table from its last computation while a new one runs; target ≤ 500 ms). One province: one indicator for a provincial coordinator's own scope, its first computation, then the same coordinator reading it again (kept for that reader alone; target ≤ 100 ms).",
    '',
    '| engine | persons | tables | cold s | warm s | slowest cold table | one province first ms | again p50 ms | p95 ms |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of scale) {
    const r = s.indicators;
    lines.push(
      r
        ? `| ${s.engine} | ${n(s.persons)} | ${r.tables} | ${r.coldSeconds} | ${r.warmSeconds} | ${r.slowestTable} (${n(r.slowestColdMs)} ms) | ${r.oneProvince.firstMs ?? '—'} | ${r.oneProvince.p50} | ${r.oneProvince.p95} |`
        : `| ${s.engine} | ${n(s.persons)} | not measured in this run | | | | | | |`,
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
  if (typeof report.firstScreenMarkdown === 'string') lines.push(report.firstScreenMarkdown, '');
  if (typeof report.startupMarkdown === 'string')
    lines.push(report.startupMarkdown.replace(/^# /m, '## '), '');
  const matching = report.matching as { markdown?: string } | undefined;
  if (matching?.markdown) lines.push(matching.markdown, '');
  if (report.scale) lines.push(...scaleTables(report.scale as ScaleResult[]), '');
  if (report.scale) lines.push(...indicatorTable(report.scale as ScaleResult[]), '');
  return `${lines.join('\n')}\n`;
}
