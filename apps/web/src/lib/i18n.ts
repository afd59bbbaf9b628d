import { type Catalog, defaultLocale, directionOf, isLocale, type Locale } from '@lantern/domain';
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

const STORAGE_KEY = 'lantern.locale';

// Each language is its own chunk, fetched when first needed (a first visit in Vietnamese downloads only
// Vietnamese): the three catalogues together were a third of the first screen's JavaScript.
const catalogLoaders: Record<Locale, () => Promise<{ default: Catalog }>> = {
  vi: () => import('virtual:lantern-catalog/vi'),
  en: () => import('virtual:lantern-catalog/en'),
  ar: () => import('virtual:lantern-catalog/ar'),
};

const lazyCatalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(null, {});
    catalogLoaders[language]().then(
      (catalog) => callback(null, catalog.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

/** Keeps the document's language and direction in step with the chosen language (real RTL for Arabic). */
function applyToDocument(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export function initI18n() {
  const initial = storedLocale();
  applyToDocument(initial);
  i18n.on('languageChanged', (lng) => {
    if (!isLocale(lng)) return;
    applyToDocument(lng);
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  });
  return i18n
    .use(lazyCatalogs)
    .use(initReactI18next)
    .init({
      lng: initial,
      supportedLngs: ['vi', 'en', 'ar'],
      fallbackLng: defaultLocale,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

export { i18n };
