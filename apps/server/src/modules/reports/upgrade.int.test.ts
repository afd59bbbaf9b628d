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

// An installation made before migration 0036 keeps its seeded roles (start-up adds missing roles, never
// permissions): the migration gives its system administrators admin.indicator_targets.manage, audited.
describe(`migration 0036 on an existing installation (${testEngine})`, () => {
  it('adds admin.indicator_targets.manage to the system administrator, with an audit event the chain seals', async () => {
    const all = loadMigrations();
    const before = all.filter((migration) => migration.tag < '0036');
    expect(before.at(-1)?.tag).toMatch(/^0035/);
    const testDb = await createTestDatabase({ migrations: before });
    try {
      await testDb.asOwner(async (owner) => {
        for (const [code, permissions] of [
          ['system_admin', ['admin.agencies.manage']],
          ['programme_analyst', ['stats.read_aggregate']],
        ] as const)
          await owner.query('insert into roles (id, code, permissions) values ($1, $2, $3)', [
            newId(),
            code,
            [...permissions],
          ]);
        await recordSystemAudit(owner, { action: 'system.seed' });
      });
      await migrate(
        testDb.database,
        all.filter((migration) => migration.tag < '0037'),
      );
      const roles = await testDb.asOwner((owner) =>
        owner.query<{ code: string; permissions: string[] }>(
          'select code, permissions from roles order by code',
        ),
      );
      expect(roles.rows).toEqual([
        { code: 'programme_analyst', permissions: ['stats.read_aggregate'] },
        { code: 'system_admin', permissions: ['admin.agencies.manage', 'admin.indicator_targets.manage'] },
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
