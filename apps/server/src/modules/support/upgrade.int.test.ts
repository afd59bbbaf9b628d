import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealOnce } from '../../audit/seal-loop';
import { ownerRunner } from '../../audit/sql-runner';
import { recordSystemAudit } from '../../audit/system-audit';
import { verifyLedger } from '../../audit/verify-chain';
import { loadMigrations } from '../../db/migrations';
import { migrate } from '../../db/migrator';
import { newId } from '../../lib/ids';
import { createTestDatabase, testEngine } from '../../test-support/test-database';

// An installation made before migration 0027 keeps its seeded roles (start-up adds missing roles, never
// permissions): the migration gives its supervisors and system administrators the new permissions, audited.
describe(`migration 0027 on an existing installation (${testEngine})`, () => {
  it('adds support.approve and admin.support_rates.manage to the seeded roles, with an audit event the chain seals', async () => {
    const all = loadMigrations();
    // The installation as it stood before 0027 (later migrations build on 0027's tables).
    const before = all.filter((migration) => migration.tag < '0027');
    expect(before.at(-1)?.tag).toMatch(/^0026/);
    const testDb = await createTestDatabase({ migrations: before });
    try {
      await testDb.asOwner(async (owner) => {
        for (const [code, permissions] of [
          ['supervisor', ['case.read', 'case.update']],
          ['system_admin', ['admin.agencies.manage']],
          ['case_worker', ['case.read']],
        ] as const)
          await owner.query('insert into roles (id, code, permissions) values ($1, $2, $3)', [
            newId(),
            code,
            [...permissions],
          ]);
        await recordSystemAudit(owner, { action: 'system.seed' });
      });
      // Up to 0027 only: later migrations grant their own permissions to the same roles.
      await migrate(
        testDb.database,
        all.filter((migration) => migration.tag < '0028'),
      );
      const roles = await testDb.asOwner((owner) =>
        owner.query<{ code: string; permissions: string[] }>(
          'select code, permissions from roles order by code',
        ),
      );
      expect(roles.rows).toEqual([
        { code: 'case_worker', permissions: ['case.read'] },
        { code: 'supervisor', permissions: ['case.read', 'case.update', 'support.approve'] },
        { code: 'system_admin', permissions: ['admin.agencies.manage', 'admin.support_rates.manage'] },
      ]);
      const key = randomBytes(32);
      await sealOnce(testDb.database, key);
      const verified = await testDb.asOwner((owner) => verifyLedger(ownerRunner(owner), key));
      expect(verified.breaks).toEqual([]);
      expect(verified.intact).toBe(2);
    } finally {
      await testDb.close();
    }
  }, 180_000);
});
