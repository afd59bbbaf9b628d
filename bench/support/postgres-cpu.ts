// CPU seconds a local PostgreSQL cluster's processes used (Linux): the postmaster's own and, through
// cutime/cstime, those of its exited children (the seed's backends end when its connections close).
import { readFileSync } from 'node:fs';
import type { Database } from '../../apps/server/src/db/types';

const TICKS = 100;

function statFields(pid: number): string[] {
  return (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
}

/** Call before the work; `since()` after the work's connections are closed gives the cluster's CPU seconds. */
export async function postgresCpuSeconds(database: Database): Promise<{ since(): Promise<number> }> {
  const owner = await database.openOwner();
  if (!owner) throw new Error('no owner connection');
  const { rows } = await owner.transaction((session) =>
    session.query<{ pid: number }>('select pg_backend_pid() as pid'),
  );
  await owner.close();
  const postmaster = Number(statFields(Number(rows[0]?.pid))[1]);
  const used = () => {
    const f = statFields(postmaster);
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i]), 0) / TICKS;
  };
  const start = used();
  return {
    since: async () => {
      // Wait for the postmaster to reap the closed connections' backends.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return used() - start;
    },
  };
}
