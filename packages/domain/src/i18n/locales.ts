export const supportedLocales = ['vi', 'en', 'ar'] as const;
export type Locale = (typeof supportedLocales)[number];

/** Vietnamese is the source language of Lantern; everything else is a translation of it. */
export const defaultLocale: Locale = 'vi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Picks the best supported locale from an HTTP Accept-Language header ("en-GB,en;q=0.8,vi;q=0.5").
 * Falls back to Vietnamese, the source language, when nothing matches or the header is malformed.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (isLocale(entry.base)) return entry.base;
  }
  return defaultLocale;
}
