import { describe, expect, it } from 'vitest';
import { rolesAfterUpgrade } from '../../test-support/roles-after-upgrade';
import { testEngine } from '../../test-support/test-database';

describe(`migration 0046 on an existing installation (${testEngine})`, () => {
  it('gives the system administrator admin.indicators.manage, audited, and no other role', async () => {
    const upgrade = await rolesAfterUpgrade({
      seeded: {
        system_admin: ['admin.agencies.manage', 'admin.indicator_targets.manage'],
        programme_analyst: ['stats.read_aggregate'],
      },
      through: '0046',
    });
    expect(upgrade.roles).toEqual({
      programme_analyst: ['stats.read_aggregate'],
      system_admin: ['admin.agencies.manage', 'admin.indicator_targets.manage', 'admin.indicators.manage'],
    });
    // The installation's seed, 0043's public holidays and this migration's role change.
    expect(upgrade.ledger).toEqual({ intact: 3, breaks: [] });
  }, 180_000);
});
