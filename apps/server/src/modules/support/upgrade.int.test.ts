import { describe, expect, it } from 'vitest';
import { rolesAfterUpgrade } from '../../test-support/roles-after-upgrade';
import { testEngine } from '../../test-support/test-database';

describe(`migration 0027 on an existing installation (${testEngine})`, () => {
  it('adds support.approve and admin.support_rates.manage to the seeded roles, with an audit event the chain seals', async () => {
    const upgrade = await rolesAfterUpgrade({
      seeded: {
        supervisor: ['case.read', 'case.update'],
        system_admin: ['admin.agencies.manage'],
        case_worker: ['case.read'],
      },
      through: '0027',
    });
    expect(upgrade.before).toMatch(/^0026/);
    expect(upgrade.roles).toEqual({
      case_worker: ['case.read'],
      supervisor: ['case.read', 'case.update', 'support.approve'],
      system_admin: ['admin.agencies.manage', 'admin.support_rates.manage'],
    });
    expect(upgrade.ledger).toEqual({ intact: 2, breaks: [] });
  }, 180_000);
});
