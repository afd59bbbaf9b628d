import { catalogKeys, catalogs, supportedLocales } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { knownActions, knownResourceTypes } from './labels';

describe('names in the audit trail', () => {
  it.each(supportedLocales)('%s names every action and record type the filter offers', (locale) => {
    const keys = new Set(catalogKeys(catalogs[locale]));
    const expected = [
      ...knownActions.map((action) => `auditActions.${action.replaceAll('.', '_')}`),
      ...knownResourceTypes.map((type) => `resourceTypes.${type}`),
    ];
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });
});
