import { describe, expect, it } from 'vitest';
import { rolesAfterUpgrade } from '../../test-support/roles-after-upgrade';
import { testEngine } from '../../test-support/test-database';

describe(`migration 0038 on an existing installation (${testEngine})`, () => {
  it('adds story.record, story.review and story.read to the seeded roles that hold them now', async () => {
    const upgrade = await rolesAfterUpgrade({
      seeded: {
        case_worker: ['case.read'],
        supervisor: ['case.read'],
        programme_analyst: ['stats.read_aggregate'],
        auditor: ['audit.read'],
      },
      through: '0038',
    });
    expect(upgrade.roles).toEqual({
      auditor: ['audit.read'],
      case_worker: ['case.read', 'story.record'],
      programme_analyst: ['stats.read_aggregate', 'story.read'],
      supervisor: ['case.read', 'story.record', 'story.review', 'story.read'],
    });
    expect(upgrade.ledger).toEqual({ intact: 2, breaks: [] });
  }, 180_000);
});
