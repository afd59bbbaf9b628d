// The package's Node entry loads all ~80 languages (a third of the server bundle, parsed at every start);
// its browser entry loads none.
import isoCountries from 'i18n-iso-countries/index.js';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import type { Locale } from '../i18n/locales';

// Register the three languages Lantern uses.
for (const locale of [vi, en, ar]) isoCountries.registerLocale(locale);

export interface Country {
  /** ISO 3166-1 alpha-3, the code Lantern stores (as HTCDS and CTDC use). */
  alpha3: string;
  alpha2: string;
  name: string;
}

// ISO 3166-1 leaves AAA–AAZ, QMA–QZZ, XAA–XZZ and ZZA–ZZZ to users; the package lists one such code
// (XKK for Kosovo), which other systems would not recognise, so only assigned codes are offered.
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ)/;

let codes: ReadonlyArray<readonly [alpha3: string, alpha2: string]> | undefined;

function assignedCodes() {
  codes ??= Object.entries(isoCountries.getAlpha3Codes()).filter(([alpha3]) => !USER_ASSIGNED.test(alpha3));
  return codes;
}

export function isCountryCode(alpha3: string): boolean {
  return assignedCodes().some(([code]) => code === alpha3);
}

/** The country's name in a locale, from i18n-iso-countries; undefined for an unknown code. */
export function countryName(alpha3: string, locale: Locale): string | undefined {
  if (!isCountryCode(alpha3)) return undefined;
  return isoCountries.getName(alpha3, locale) ?? undefined;
}

/** Every assigned ISO 3166-1 country, with names in the locale, in that locale's alphabetical order. */
export function countries(locale: Locale): Country[] {
  const collator = new Intl.Collator(locale);
  return assignedCodes()
    .map(([alpha3, alpha2]) => ({ alpha3, alpha2, name: countryName(alpha3, locale) ?? alpha3 }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
