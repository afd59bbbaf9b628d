import { describe, expect, it } from 'vitest';
import { rolesAfterUpgrade } from '../../test-support/roles-after-upgrade';
import { testEngine } from '../../test-support/test-database';

describe(`migration 0039 on an existing installation (${testEngine})`, () => {
  it('gives agency administrators training.manage, analysts and system administrators export.deidentified, supervisors export.htcds', async () => {
    const upgrade = await rolesAfterUpgrade({
      seeded: {
        agency_admin: ['admin.users.manage'],
        programme_analyst: ['stats.read_aggregate'],
        system_admin: ['admin.agencies.manage'],
        supervisor: ['case.read'],
        case_worker: ['case.read'],
      },
      through: '0039',
    });
    expect(upgrade.before).toMatch(/^0038/);
    expect(upgrade.roles).toEqual({
      agency_admin: ['admin.users.manage', 'training.manage'],
      case_worker: ['case.read'],
      programme_analyst: ['stats.read_aggregate', 'export.deidentified'],
      supervisor: ['case.read', 'export.htcds'],
      system_admin: ['admin.agencies.manage', 'export.deidentified'],
    });
    expect(upgrade.ledger).toEqual({ intact: 2, breaks: [] });
  }, 180_000);
});
