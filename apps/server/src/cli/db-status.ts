import { loadMigrations } from '../db/migrations';
import { migrationStatus } from '../db/migrator';
import { runInRequestTransaction } from '../db/request-transaction';
import { verifyRequestRole } from '../db/roles';
import { openRuntime } from './open';

/** Prints the engine, the migration state and whether the request role is safe. Exit code 1 unless all is well. */
export async function dbStatusCommand(): Promise<number> {
  const { database } = await openRuntime();
  try {
    const migrations = loadMigrations();
    const state = await migrationStatus(
      (work) =>
        runInRequestTransaction(database.db, { requestId: 'cli', actorId: null, agencyId: null }, work),
      migrations,
    );
    const lines = [
      `engine:      ${database.engine}`,
      `target:      ${database.target}`,
      `migrations:  ${state.status} (${state.applied} applied, ${state.pending.length} pending)`,
      ...state.pending.map((tag) => `  pending:   ${tag}`),
      ...state.diverged.map((tag) => `  diverged:  ${tag}`),
    ];
    let roleOk = true;
    if (state.applied > 0) {
      try {
        await verifyRequestRole(database);
        lines.push('request role: restricted (not superuser, no BYPASSRLS)');
      } catch (error) {
        roleOk = false;
        lines.push(`request role: UNSAFE: ${(error as Error).message}`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return state.status === 'current' && roleOk ? 0 : 1;
  } finally {
    await database.close();
  }
}
