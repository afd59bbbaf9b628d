import { randomBytes } from 'node:crypto';
import { sealOnce } from '../audit/seal-loop';
import { ownerRunner } from '../audit/sql-runner';
import { recordSystemAudit } from '../audit/system-audit';
import { type LedgerVerification, verifyLedger } from '../audit/verify-chain';
import { loadMigrations } from '../db/migrations';
import { migrate } from '../db/migrator';
import { newId } from '../lib/ids';
import { createTestDatabase } from './test-database';

export interface UpgradeOutcome {
  /** Every role after the upgrade, by code, with its permissions in stored order. */
  roles: Record<string, string[]>;
  /** The tag of the last migration the installation had before the upgrade. */
  before: string | undefined;
  /** The audit ledger after sealing: events whose chain verified, and any breaks. */
  ledger: Pick<LedgerVerification, 'intact' | 'breaks'>;
}

/**
 * An installation made before migration `through` keeps its seeded roles: start-up adds missing roles, never
 * permissions, so a migration that brings new permissions must give them to existing roles itself, with the
 * audit event the roles table requires. This builds such an installation (migrations before `through`, the
 * given roles, the seed's audit event), upgrades it through `through` and no further (later migrations grant
 * their own permissions to the same roles), and reads back the roles and the sealed ledger.
 */
export async function rolesAfterUpgrade(options: {
  seeded: Record<string, readonly string[]>;
  through: string;
}): Promise<UpgradeOutcome> {
  const all = loadMigrations();
  const before = all.filter((migration) => migration.tag < options.through);
  const upTo = all.filter(
    (migration) => migration.tag < options.through || migration.tag.startsWith(options.through),
  );
  if (upTo.length !== before.length + 1) throw new Error(`no migration ${options.through}`);
  const testDb = await createTestDatabase({ migrations: before });
  try {
    await testDb.asOwner(async (owner) => {
      for (const [code, permissions] of Object.entries(options.seeded))
        await owner.query('insert into roles (id, code, permissions) values ($1, $2, $3)', [
          newId(),
          code,
          [...permissions],
        ]);
      await recordSystemAudit(owner, { action: 'system.seed' });
    });
    await migrate(testDb.database, upTo);
    const { rows } = await testDb.asOwner((owner) =>
      owner.query<{ code: string; permissions: string[] }>(
        'select code, permissions from roles order by code',
      ),
    );
    const key = randomBytes(32);
    await sealOnce(testDb.database, key);
    const verified = await testDb.asOwner((owner) => verifyLedger(ownerRunner(owner), key));
    return {
      roles: Object.fromEntries(rows.map((row) => [row.code, row.permissions])),
      before: before.at(-1)?.tag,
      ledger: { intact: verified.intact, breaks: verified.breaks },
    };
  } finally {
    await testDb.close();
  }
}
