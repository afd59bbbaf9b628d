import { iso6393 } from 'iso-639-3';
import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../i18n/locales';
import { findLanguage, languageName, languages } from './languages';

describe('languages', () => {
  it.each([
    ['vi', 'Tiếng Việt', 'Vietnamese', 'الفيتنامية'],
    ['km', 'Tiếng Khmer', 'Khmer', 'الخميرية'],
    ['lo', 'Tiếng Lào', 'Lao', 'اللاوية'],
    ['my', 'Tiếng Miến Điện', 'Burmese', 'البورمية'],
    ['zh', 'Tiếng Trung', 'Chinese', 'الصينية'],
    ['ar', 'Tiếng Ả Rập', 'Arabic', 'العربية'],
  ])('%s is %s / %s / %s', (code, vi, en, ar) => {
    expect(languageName(code, 'vi')).toBe(vi);
    expect(languageName(code, 'en')).toBe(en);
    expect(languageName(code, 'ar')).toBe(ar);
  });

  it('finds a language by its ISO 639-1 or ISO 639-3 code', () => {
    expect(findLanguage('vie')).toEqual(findLanguage('vi'));
    expect(findLanguage('ZH')).toMatchObject({ code: 'zho', iso6391: 'zh', iso6392B: 'chi' });
    expect(findLanguage('xx')).toBeUndefined();
    expect(languageName('xx', 'vi')).toBeUndefined();
  });

  it('includes the minority languages of Viet Nam with names in every language', () => {
    expect(languageName('tyz', 'vi')).toBe('Tiếng Tày');
    expect(languageName('hmn', 'en')).toBe('Hmong');
    expect(findLanguage('mtq')).toMatchObject({ iso6391: null, iso6392B: null });
  });

  it('names every language in every language', () => {
    for (const locale of supportedLocales) {
      for (const language of languages(locale)) {
        expect(language.name.trim(), `${language.code} ${locale}`).not.toBe('');
        expect(language.name).not.toBe(language.code);
        expect(language.name).not.toBe(language.iso6391);
      }
    }
  });

  it('matches the package: every living language with an ISO 639-1 code except Serbo-Croatian', () => {
    const expected = iso6393
      .filter((language) => language.iso6391 && language.type === 'living' && language.iso6393 !== 'hbs')
      .map((language) => language.iso6393);
    const codes = new Set(languages('en').map((language) => language.code));
    for (const code of expected) expect(codes.has(code), code).toBe(true);
    const extra = [...codes].filter((code) => !expected.includes(code));
    expect(extra.sort()).toEqual([
      'bdq',
      'blt',
      'cjm',
      'hmn',
      'ium',
      'jra',
      'kpm',
      'mtq',
      'nut',
      'rad',
      'sed',
      'tyz',
      'yue',
    ]);
  });
});
