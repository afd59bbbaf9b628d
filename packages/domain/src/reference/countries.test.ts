import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../i18n/locales';
import { countries, countryName, isCountryCode } from './countries';

describe('countries', () => {
  it.each([
    ['VNM', 'Việt Nam', 'Vietnam', 'فيتنام'],
    ['KHM', 'Campuchia', 'Cambodia', 'كمبوديا'],
    ['MMR', 'Myanmar', 'Myanmar', 'بورما'],
    ['LAO', 'Cộng hòa Dân chủ nhân dân Lào', "Lao People's Democratic Republic", 'لاوس'],
    ['CHN', 'Trung Quốc', "People's Republic of China", 'الصين'],
    ['THA', 'Thái Lan', 'Thailand', 'تايلاند'],
  ])('%s is %s / %s / %s', (alpha3, vi, en, ar) => {
    expect(countryName(alpha3, 'vi')).toBe(vi);
    expect(countryName(alpha3, 'en')).toBe(en);
    expect(countryName(alpha3, 'ar')).toBe(ar);
  });

  it('lists the 249 assigned ISO 3166-1 codes, named in every language', () => {
    for (const locale of supportedLocales) {
      const list = countries(locale);
      expect(list).toHaveLength(249);
      expect(new Set(list.map((country) => country.alpha3)).size).toBe(249);
      for (const country of list) {
        expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
        expect(country.name, `${country.alpha3} ${locale}`).not.toBe(country.alpha3);
      }
    }
  });

  it('sorts by the alphabet of the language', () => {
    const names = countries('vi').map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Ai Cập')).toBeLessThan(names.indexOf('Bỉ'));
  });

  it('accepts only assigned alpha-3 codes', () => {
    expect(isCountryCode('VNM')).toBe(true);
    expect(isCountryCode('VN')).toBe(false);
    expect(isCountryCode('XKK')).toBe(false);
    expect(countryName('XKK', 'en')).toBeUndefined();
    expect(countryName('ZZZ', 'vi')).toBeUndefined();
  });
});
