import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../i18n/locales';
import { catalogKeys, catalogs } from '../i18n/translate';
import {
  auditActionLabelKey,
  auditActions,
  auditOutcomes,
  auditResourceTypeLabelKey,
  auditResourceTypes,
} from './codes';

describe('names in the audit trail', () => {
  it.each(supportedLocales)('%s names every action, record type and outcome', (locale) => {
    const keys = new Set(catalogKeys(catalogs[locale]));
    const expected = [
      ...auditActions.map(auditActionLabelKey),
      ...auditResourceTypes.map(auditResourceTypeLabelKey),
      ...auditOutcomes.map((outcome) => `audit.outcomes.${outcome}`),
    ];
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('lists each code once, so two codes never share one label key', () => {
    expect(new Set(auditActions.map(auditActionLabelKey)).size).toBe(auditActions.length);
    expect(new Set(auditResourceTypes).size).toBe(auditResourceTypes.length);
  });
});
