import languageFile from '../../data/languages.json' with { type: 'json' };
import type { Locale } from '../i18n/locales';
import { BROWSER_UNNAMED_LANGUAGE_NAMES, VIET_NAM_LANGUAGE_NAMES } from './language-names';

export interface Language {
  /** ISO 639-3 code, the code Lantern stores; equal to the ISO 639-2/T code where one exists. */
  code: string;
  iso6391: string | null;
  /** ISO 639-2/B code, for exports that ask for ISO 639-2 (as HTCDS does); null where none exists. */
  iso6392B: string | null;
  /** Reference name from ISO 639-3. */
  referenceName: string;
}

let list: readonly Language[] | undefined;
let byCode: ReadonlyMap<string, Language> | undefined;

function index() {
  if (!list || !byCode) {
    list = languageFile.languages.map(([code, iso6391, iso6392B, referenceName]) => ({
      code: String(code),
      iso6391: iso6391 ?? null,
      iso6392B: iso6392B ?? null,
      referenceName: String(referenceName),
    }));
    const map = new Map<string, Language>();
    for (const language of list) {
      map.set(language.code, language);
      if (language.iso6391) map.set(language.iso6391, language);
    }
    byCode = map;
  }
  return { list, byCode };
}

/** A language by its ISO 639-3 or ISO 639-1 code. */
export function findLanguage(code: string): Language | undefined {
  return index().byCode.get(code.toLowerCase());
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

function nameIn(language: Language, locale: Locale): string {
  const own =
    VIET_NAM_LANGUAGE_NAMES[language.code]?.[locale] ??
    BROWSER_UNNAMED_LANGUAGE_NAMES[language.code]?.[locale];
  if (own) return own;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    displayNames.set(locale, names);
  }
  // BCP 47 wants the two-letter code where there is one.
  const tag = language.iso6391 ?? language.code;
  const name = names.of(tag);
  return name && name !== tag ? name : language.referenceName;
}

/** The language's name in a locale (Intl.DisplayNames, else Lantern's own); undefined for an unknown code. */
export function languageName(code: string, locale: Locale): string | undefined {
  const language = findLanguage(code);
  return language ? nameIn(language, locale) : undefined;
}

/** Lantern's languages with names in the locale, in that locale's alphabetical order. */
export function languages(locale: Locale): Array<Language & { name: string }> {
  const collator = new Intl.Collator(locale);
  return index()
    .list.map((language) => ({ ...language, name: nameIn(language, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
