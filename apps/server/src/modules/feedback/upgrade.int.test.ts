import { describe, expect, it } from 'vitest';
import { rolesAfterUpgrade } from '../../test-support/roles-after-upgrade';
import { testEngine } from '../../test-support/test-database';

describe(`migration 0037 on an existing installation (${testEngine})`, () => {
  it('lets case workers and supervisors collect feedback and supervisors and agency administrators review it', async () => {
    const upgrade = await rolesAfterUpgrade({
      seeded: {
        case_worker: ['case.read'],
        supervisor: ['case.read', 'case.update'],
        agency_admin: ['admin.users.manage'],
        programme_analyst: ['stats.read_aggregate'],
      },
      through: '0037',
    });
    expect(upgrade.before).toMatch(/^0036/);
    expect(upgrade.roles).toEqual({
      agency_admin: ['admin.users.manage', 'feedback.review'],
      case_worker: ['case.read', 'feedback.collect'],
      programme_analyst: ['stats.read_aggregate'],
      supervisor: ['case.read', 'case.update', 'feedback.collect', 'feedback.review'],
    });
    expect(upgrade.ledger).toEqual({ intact: 2, breaks: [] });
  }, 180_000);

  it('leaves an installation whose roles already hold the permissions as it was, with no audit event', async () => {
    const upgrade = await rolesAfterUpgrade({
      seeded: {
        case_worker: ['feedback.collect'],
        supervisor: ['feedback.collect', 'feedback.review'],
        agency_admin: ['feedback.review'],
      },
      through: '0037',
    });
    expect(upgrade.roles).toEqual({
      agency_admin: ['feedback.review'],
      case_worker: ['feedback.collect'],
      supervisor: ['feedback.collect', 'feedback.review'],
    });
    expect(upgrade.ledger).toEqual({ intact: 1, breaks: [] });
  }, 180_000);
});
