import type { PathResult } from '../api-vs-sql';
import type { IndicatorBenchResult } from '../indicators';
import type { SearchLatencyResult } from '../search-latency';
import type { Engine } from './environment';
import type { SealerLag } from './sealer-lag';

/** One engine and size of the scale benchmark, as run.ts measures it and report.ts renders it. */
export interface ScaleResult {
  engine: Engine;
  persons: number;
  seedSeconds: number;
  seedRate: number;
  search: SearchLatencyResult;
  paths: PathResult[];
  /** The audit sealer under the highest-concurrency load (absent in runs before the ledger). */
  sealer?: SealerLag;
  /** The national indicator set (absent in runs before it). */
  indicators?: IndicatorBenchResult;
}
