import { agencyTypesIn, type SyntheticDatasetOptions, syntheticRegistration } from '@lantern/domain';
import { recordSystemAudit } from '../../audit/system-audit';
import type { Database, OwnerConnection, SqlSession } from '../../db/types';
import type { KeyRing } from '../../lib/key-ring';
import { type AgencyGrid, ensureAgencyGrid } from './agency-grid';
import { withAuditCheckedOnce } from './audit-checked-once';
import { CommunityLoader } from './community-rows';
import { markAsDemo } from './mark-as-demo';
import type { Progress } from './progress';
import { type RegistrationRows, registrationRows } from './registration-rows';
import { REINTEGRATION_TABLES, seedDemoReintegration } from './reintegration-rows';
import { BATCH_TABLES, writeBatch } from './write-batch';

/** A seed that cannot run here; the message says why and what to do. */
export class SeedRefusedError extends Error {
  override name = 'UsageError';
}

const STATE_KEY = 'synthetic_dataset';

interface DatasetState {
  seed: number;
  asOf: string;
  loaded: number;
}

export interface SyntheticSeedOptions extends SyntheticDatasetOptions {
  /** How many registrations the database should hold when done (a resumed run continues from where it stopped). */
  total: number;
  batchSize?: number;
  progress?: (start: number) => Progress;
  /** Checked between batches: an interrupted seed stops after the batch in flight commits. */
  shouldStop?: () => boolean;
  /**
   * Support plans and deliveries, self-help groups and one-stop contacts with the registrations (default). The
   * demo leaves them out: it writes its own, smaller and hand-shaped, after the caseload.
   */
  programme?: boolean;
}

export interface SyntheticSeedResult {
  loaded: number;
  added: number;
  stopped: boolean;
  agencies: number;
}

/** What synthetic data the database holds (seed, date, how many registrations), if any. */
export async function readSyntheticState(database: Database): Promise<DatasetState | undefined> {
  const owner = await database.openOwner();
  if (!owner) return undefined;
  try {
    return await owner.transaction(readState);
  } finally {
    await owner.close();
  }
}

async function readState(session: SqlSession): Promise<DatasetState | undefined> {
  const { rows } = await session.query<{ value: DatasetState }>(
    'select value from instance_settings where key = $1',
    [STATE_KEY],
  );
  return rows[0]?.value;
}

async function writeState(session: SqlSession, state: DatasetState): Promise<void> {
  await session.query(
    `insert into instance_settings (key, value) values ($1, $2::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [STATE_KEY, JSON.stringify(state)],
  );
}

/** Checks the database may take synthetic data, and lays out agencies and staff. */
async function prepare(
  owner: OwnerConnection,
  options: SyntheticSeedOptions,
): Promise<{ grid: AgencyGrid; loaded: number }> {
  return owner.transaction(async (session) => {
    const { rows } = await session.query<{ n: number }>(
      'select count(*)::int as n from users where not demo',
    );
    if ((rows[0]?.n ?? 0) > 0)
      throw new SeedRefusedError(
        'This database holds real accounts. Synthetic data goes only into an empty or demo database.',
      );
    const state = await readState(session);
    if (state && (state.seed !== options.seed || state.asOf !== options.asOf))
      throw new SeedRefusedError(
        `This database already holds synthetic data from --seed ${state.seed} --as-of ${state.asOf}. ` +
          'Use the same seed and date to add to it, or start from an empty database.',
      );
    const grid = await ensureAgencyGrid(session, agencyTypesIn);
    await markAsDemo(session);
    const loaded = state?.loaded ?? 0;
    await writeState(session, { seed: options.seed, asOf: options.asOf, loaded });
    await recordSystemAudit(session, {
      action: 'system.synthetic_grid',
      details: { seed: options.seed, agencies: grid.byTypeAndProvince.size + 1, users: grid.userCount },
    });
    return { grid, loaded };
  });
}

/**
 * Loads synthetic registrations (screenings, persons, cases, consents, timeline, notes, tasks, referrals, and
 * the support, self-help groups and one-stop contacts around them) in batches, one
 * transaction per batch: an interrupted run leaves whole batches only, and running it again continues.
 * While one batch is being written the next is generated and sealed, so both cores stay busy.
 */
export async function seedSynthetic(
  database: Database,
  keys: KeyRing,
  options: SyntheticSeedOptions,
): Promise<SyntheticSeedResult> {
  const owner = await database.openOwner();
  if (!owner) throw new SeedRefusedError('Seeding needs the schema owner: set DATABASE_OWNER_URL.');
  try {
    const { grid, loaded: start } = await prepare(owner, options);
    const batchSize = options.batchSize ?? 1000;
    const progress = options.progress?.(start);
    let community: CommunityLoader | undefined;
    if (options.programme !== false) {
      const loader = new CommunityLoader(options.seed, options.asOf, keys, grid);
      await owner.transaction((session) => loader.load(session));
      community = loader;
    }
    // Generating and sealing take about as long as writing; the builder gives way to the event loop every few
    // registrations, so the batch being written keeps PostgreSQL busy meanwhile.
    const build = async (from: number): Promise<RegistrationRows[]> => {
      const rows: RegistrationRows[] = [];
      for (let index = from; index < Math.min(options.total, from + batchSize); index++) {
        rows.push(
          registrationRows(options.seed, keys, grid, syntheticRegistration(options, index), community),
        );
        if (index % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      return rows;
    };
    let loaded = start;
    let stopped = false;
    let next = start < options.total ? await build(start) : [];
    while (next.length > 0) {
      const batch = next;
      const end = loaded + batch.length;
      const writing = owner.transaction(async (session) => {
        // Safe for a bulk load: a crash loses at most the last batches, which the state row says to redo.
        await session.query('set local synchronous_commit = off');
        await withAuditCheckedOnce(session, [...BATCH_TABLES, ...REINTEGRATION_TABLES], async () => {
          await writeBatch(session, batch, { seed: options.seed, from: loaded, to: end });
          // The 1/3/6/12-month follow-ups of the batch's cases in (or closed from) reintegration.
          if (options.programme !== false) {
            const caseIds = batch.map((rows) => String(rows.case.id));
            await seedDemoReintegration(session, keys, options.seed, options.asOf, caseIds);
          }
        });
        await writeState(session, { seed: options.seed, asOf: options.asOf, loaded: end });
      });
      const building = !options.shouldStop?.() && end < options.total ? build(end) : Promise.resolve([]);
      await writing;
      next = await building;
      loaded = end;
      progress?.update(loaded);
      if (options.shouldStop?.()) stopped = true;
      if (stopped) break;
    }
    progress?.finish(loaded);
    await owner.transaction((session) => session.query('analyze'));
    return { loaded, added: loaded - start, stopped, agencies: grid.byTypeAndProvince.size + 1 };
  } finally {
    await owner.close();
  }
}
