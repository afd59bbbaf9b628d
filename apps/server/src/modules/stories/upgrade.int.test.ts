import { describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { loadMigrations } from '../../db/migrations';
import { migrate } from '../../db/migrator';
import { newId } from '../../lib/ids';
import { createTestDatabase, testEngine } from '../../test-support/test-database';

// An installation made before migration 0038 keeps its seeded roles (start-up adds missing roles, never
// permissions): the migration gives them the story permissions, with the audit event the roles table needs.
describe(`migration 0038 on an existing installation (${testEngine})`, () => {
  it('adds story.record, story.review and story.read to the seeded roles that hold them now', async () => {
    const all = loadMigrations();
    const before = all.filter((migration) => migration.tag < '0038');
    const testDb = await createTestDatabase({ migrations: before });
    try {
      await testDb.asOwner(async (owner) => {
        for (const [code, permissions] of [
          ['case_worker', ['case.read']],
          ['supervisor', ['case.read']],
          ['programme_analyst', ['stats.read_aggregate']],
          ['auditor', ['audit.read']],
        ] as const)
          await owner.query('insert into roles (id, code, permissions) values ($1, $2, $3)', [
            newId(),
            code,
            [...permissions],
          ]);
        await recordSystemAudit(owner, { action: 'system.seed' });
      });
      // Up to 0038 only: later migrations give these roles further permissions of their own.
      await migrate(
        testDb.database,
        all.filter((migration) => migration.tag < '0039'),
      );
      const roles = await testDb.asOwner((owner) =>
        owner.query<{ code: string; permissions: string[] }>(
          'select code, permissions from roles order by code',
        ),
      );
      expect(roles.rows).toEqual([
        { code: 'auditor', permissions: ['audit.read'] },
        { code: 'case_worker', permissions: ['case.read', 'story.record'] },
        { code: 'programme_analyst', permissions: ['stats.read_aggregate', 'story.read'] },
        { code: 'supervisor', permissions: ['case.read', 'story.record', 'story.review', 'story.read'] },
      ]);
    } finally {
      await testDb.close();
    }
  }, 180_000);
});
