import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../i18n/locales';

// The codes Chromium (2026, Debian) cannot name in any language with Intl.DisplayNames: recorded in the
// browser, since Node carries the full ICU data and names them all.
const UNNAMED_IN_CHROMIUM = new Set(
  'aa ab av ba bdq bi blt bo ch ce cv cjm kw cr dz fj ff gv hz ho ii iu ik ium jra kl ks kr ki kv kg kpm kj li lu mh mtq na nv nr nd ng nut oj os rad rn sg sed se sc ss ty tyz ve za'.split(
    ' ',
  ),
);
const RealDisplayNames = Intl.DisplayNames;

/** The languages module as the browser runs it: a DisplayNames that knows nothing of those codes. */
async function languagesAsInChromium() {
  class ChromiumDisplayNames extends RealDisplayNames {
    override of(code: string): string | undefined {
      return UNNAMED_IN_CHROMIUM.has(code) ? undefined : super.of(code);
    }
  }
  Object.defineProperty(Intl, 'DisplayNames', {
    value: ChromiumDisplayNames,
    configurable: true,
    writable: true,
  });
  vi.resetModules();
  return import('./languages');
}

afterEach(() => {
  Object.defineProperty(Intl, 'DisplayNames', {
    value: RealDisplayNames,
    configurable: true,
    writable: true,
  });
});

describe('the language list as the interview-language picker shows it', () => {
  it.each<Locale>(['vi', 'ar'])('has no English name inside the %s interface', async (locale) => {
    const { languages } = await languagesAsInChromium();
    const english = languages(locale).filter((language) =>
      locale === 'vi' ? language.name === language.referenceName : !/[\u0600-\u06FF]/.test(language.name),
    );
    expect(english.map((language) => `${language.code} ${language.name}`)).toEqual([]);
  });

  it.each<Locale>(['vi', 'en', 'ar'])(
    'names every language once in %s, in that language’s order',
    async (locale) => {
      const { languages } = await languagesAsInChromium();
      const names = languages(locale).map((language) => language.name);
      expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
      const collator = new Intl.Collator(locale);
      expect([...names].sort(collator.compare)).toEqual(names);
    },
  );
});
