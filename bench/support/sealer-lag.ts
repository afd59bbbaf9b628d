// The audit sealer under load: how long after an event was written its block was sealed (p50/p99 of
// audit_blocks.sealed_at − audit_events.occurred_at) and how many events per second were sealed, for the events
// written in the given time windows (the highest-concurrency runs). "not available" on a database without the ledger.
import type { SqlSession } from '../../apps/server/src/db/types';

export interface SealerLag {
  available: boolean;
  /** Events written in the windows, sealed or not. */
  events: number;
  unsealed: number;
  p50Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  /** Events of the windows sealed per second, each window from its start to its last event's seal. */
  sealedPerSecond?: number;
  note?: string;
}

export interface Window {
  from: Date;
  to: Date;
}

const round = (value: unknown) => Math.round(Number(value) * 10) / 10;

export async function ledgerAvailable(session: SqlSession): Promise<boolean> {
  const { rows } = await session.query<{ ok: boolean }>(
    `select to_regclass('audit_blocks') is not null and to_regclass('audit_chain') is not null
       and to_regclass('audit_pending_seal') is not null as ok`,
  );
  return rows[0]?.ok === true;
}

/** Waits (up to `waitMs`) for the sealer to take every event of the windows, then measures. */
export async function measureSealerLag(
  session: SqlSession,
  windows: readonly Window[],
  waitMs = 15_000,
): Promise<SealerLag> {
  if (!(await ledgerAvailable(session)))
    return { available: false, events: 0, unsealed: 0, note: 'not available: no audit ledger tables' };
  if (windows.length === 0) return { available: true, events: 0, unsealed: 0, note: 'no load windows' };
  const during = windows.map((_, i) => `(e.occurred_at >= $${2 * i + 1} and e.occurred_at < $${2 * i + 2})`);
  const values = windows.flatMap((w) => [w.from.toISOString(), w.to.toISOString()]);
  const where = `(${during.join(' or ')})`;
  const pending = async () =>
    Number(
      (
        await session.query<{ n: string }>(
          `select count(*) as n from audit_events e join audit_pending_seal q on q.event_id = e.id where ${where}`,
          values,
        )
      ).rows[0]?.n ?? 0,
    );
  const deadline = Date.now() + waitMs;
  let unsealed = await pending();
  while (unsealed > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    unsealed = await pending();
  }
  const { rows } = await session.query<Record<string, unknown>>(
    `select count(*) as events, count(b.block) as sealed,
       percentile_cont(0.5) within group (order by extract(epoch from b.sealed_at - e.occurred_at)) * 1000 as p50,
       percentile_cont(0.99) within group (order by extract(epoch from b.sealed_at - e.occurred_at)) * 1000 as p99,
       max(extract(epoch from b.sealed_at - e.occurred_at)) * 1000 as max
     from audit_events e
     left join audit_chain c on c.event_id = e.id
     left join audit_blocks b on c.position between b.first_position and b.last_position
     where ${where}`,
    values,
  );
  const row = rows[0] ?? {};
  const sealed = Number(row.sealed ?? 0);
  // Each window's events over the time from its start until its last event was sealed (at least the window):
  // the rate the sealer kept up with under that load.
  let seconds = 0;
  for (const w of windows) {
    const last = await session.query<{ at: Date | null }>(
      `select max(b.sealed_at) as at from audit_events e join audit_chain c on c.event_id = e.id
         join audit_blocks b on c.position between b.first_position and b.last_position
       where e.occurred_at >= $1 and e.occurred_at < $2`,
      [w.from.toISOString(), w.to.toISOString()],
    );
    const until = Math.max(w.to.getTime(), last.rows[0]?.at ? new Date(last.rows[0].at).getTime() : 0);
    seconds += (until - w.from.getTime()) / 1000;
  }
  return {
    available: true,
    events: Number(row.events ?? 0),
    unsealed,
    ...(sealed > 0 ? { p50Ms: round(row.p50), p99Ms: round(row.p99), maxMs: round(row.max) } : {}),
    ...(sealed > 0 ? { sealedPerSecond: Math.round(sealed / Math.max(seconds, 0.001)) } : {}),
  };
}
