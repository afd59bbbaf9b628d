import { describe, expect, it } from 'vitest';
import { rolesAfterUpgrade } from '../../test-support/roles-after-upgrade';
import { testEngine } from '../../test-support/test-database';

describe(`migration 0036 on an existing installation (${testEngine})`, () => {
  it('adds admin.indicator_targets.manage to the system administrator, with an audit event the chain seals', async () => {
    const upgrade = await rolesAfterUpgrade({
      seeded: {
        system_admin: ['admin.agencies.manage'],
        programme_analyst: ['stats.read_aggregate'],
      },
      through: '0036',
    });
    expect(upgrade.before).toMatch(/^0035/);
    expect(upgrade.roles).toEqual({
      programme_analyst: ['stats.read_aggregate'],
      system_admin: ['admin.agencies.manage', 'admin.indicator_targets.manage'],
    });
    expect(upgrade.ledger).toEqual({ intact: 2, breaks: [] });
  }, 180_000);
});
