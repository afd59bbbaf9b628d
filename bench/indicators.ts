// The national dashboard's indicator set through the whole server (session, policy, SQL, suppression): every
// evaluable indicator of the catalogue by province × quarter, with sex and with age band, over the programme's
// years. Cold is the first computation after start-up; warm is the same set again with nothing changed, which
// the national table cache answers (modules/indicators/table-cache.ts). A dashboard asks for its
// tables a few at a time, as a browser does, so the set is timed with six requests in flight.
import { BENCH_AS_OF } from './support/environment';
import { summarise } from './support/load';
import { type BenchSession, sessionHeaders } from './support/sessions';

export interface IndicatorBenchResult {
  /** Tables in the national set (indicator × breakdown). */
  tables: number;
  coldSeconds: number;
  warmSeconds: number;
  /** The slowest single table of the cold run, in ms, and its name. */
  slowestColdMs: number;
  slowestTable: string;
  /**
   * One indicator for one province (a provincial coordinator's own scope), ms: its first computation, then the
   * same coordinator reading it again (kept for that reader alone).
   */
  oneProvince: { firstMs?: number; p50: number; p95: number };
}

interface CatalogueEntry {
  code: string;
  evaluable: boolean;
  dimensions: string[];
}

const IN_FLIGHT = 6;
const range = `from=2021-01-01&to=${BENCH_AS_OF.slice(0, 4)}-12-31`;

export async function runIndicatorBench(options: {
  url: string;
  analyst: BenchSession;
  coordinator: BenchSession;
}): Promise<IndicatorBenchResult> {
  const get = async (session: BenchSession, path: string) => {
    const started = performance.now();
    const response = await fetch(`${options.url}${path}`, { headers: sessionHeaders(session) });
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
    return performance.now() - started;
  };
  const catalogue = JSON.parse(
    await (await fetch(`${options.url}/api/indicators`, { headers: sessionHeaders(options.analyst) })).text(),
  ) as { indicators: CatalogueEntry[] };
  const tables = catalogue.indicators
    .filter((entry) => entry.evaluable)
    .flatMap((entry) => {
      const second = ['sex', 'age_band'].filter((dimension) => entry.dimensions.includes(dimension));
      const by = entry.dimensions.includes('province')
        ? second.length > 0
          ? second.map((dimension) => `province,${dimension}`)
          : ['province']
        : [''];
      return by.map(
        (breakdown) =>
          `/api/indicators/${entry.code}/values?scope=national&period=quarter&${range}${breakdown ? `&by=${breakdown}` : ''}`,
      );
    });

  const runSet = async () => {
    const started = performance.now();
    const timings: Array<{ path: string; ms: number }> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < tables.length) {
          const path = tables[next++] as string;
          timings.push({ path, ms: await get(options.analyst, path) });
        }
      }),
    );
    return { seconds: (performance.now() - started) / 1000, timings };
  };
  const cold = await runSet();
  const warm = await runSet();
  const slowest = cold.timings.reduce((a, b) => (b.ms > a.ms ? b : a), { path: '', ms: 0 });

  // The coordinator's own table is computed once (the first read) and then kept for that coordinator while
  // nothing changes, or answered from its last computation while a new one runs if it is slow: both are timed.
  const oneProvince: number[] = [];
  const provincePath = `/api/indicators/persons_received/values?scope=own&period=quarter&${range}&by=sex`;
  const firstMs = await get(options.coordinator, provincePath);
  for (let i = 0; i < 25; i++) {
    const ms = await get(options.coordinator, provincePath);
    if (i >= 5) oneProvince.push(ms);
  }
  const province = summarise(1, oneProvince, 0, 1);
  const round = (seconds: number) => Math.round(seconds * 100) / 100;
  return {
    tables: tables.length,
    coldSeconds: round(cold.seconds),
    warmSeconds: round(warm.seconds),
    slowestColdMs: Math.round(slowest.ms),
    slowestTable: slowest.path
      .replace(/^\/api\/indicators\/([^/]+)\/values\?.*?(by=[^&]*)?$/, '$1 $2')
      .trim(),
    oneProvince: { firstMs: Math.round(firstMs), p50: province.p50, p95: province.p95 },
  };
}
