import {
  catalogKeys,
  catalogs,
  permissions,
  seedAgencyTypes,
  seedRoles,
  supportedLocales,
} from '@lantern/domain';
import { describe, expect, it } from 'vitest';

// Administrators choose roles and agency types by their names; a code without a name in some language
// would show up as "womens_union_one_stop" on their screen.
describe('names for the identity vocabularies', () => {
  it.each(supportedLocales)('%s names every seeded role, agency type and permission', (locale) => {
    const keys = new Set(catalogKeys(catalogs[locale]));
    const expected = [
      ...seedRoles.flatMap((role) => [`roles.${role.code}`, `roleHelp.${role.code}`]),
      ...seedAgencyTypes.map((type) => `agencyTypes.${type}`),
      ...permissions.map((permission) => `permissions.${permission.replaceAll('.', '_')}`),
    ];
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });
});
