import { describe, expect, it } from 'vitest';
import { supportedLocales } from './locales';
import { catalogKeys, catalogs, translate } from './translate';

describe('translation catalogs', () => {
  const sourceKeys = catalogKeys(catalogs.vi).sort();

  it.each(supportedLocales)('%s has exactly the keys of the Vietnamese source', (locale) => {
    expect(catalogKeys(catalogs[locale]).sort()).toEqual(sourceKeys);
  });

  it.each(supportedLocales)('%s has no empty message', (locale) => {
    const empty = catalogKeys(catalogs[locale]).filter((key) => translate(locale, key).trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(supportedLocales)('%s keeps every {{placeholder}} of the source message', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const mismatched = sourceKeys.filter(
      (key) =>
        JSON.stringify(placeholders(translate(locale, key))) !==
        JSON.stringify(placeholders(translate('vi', key))),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('translate', () => {
  it('interpolates parameters', () => {
    expect(translate('en', 'errors.field.too_short', { minimum: 8 })).toBe('Use at least 8 characters.');
  });

  it('falls back to the key when no language has it, so the gap is visible', () => {
    expect(translate('ar', 'no.such.key')).toBe('no.such.key');
  });
});
