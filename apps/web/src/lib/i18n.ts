import { catalogs, defaultLocale, directionOf, isLocale, type Locale } from '@lantern/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

const STORAGE_KEY = 'lantern.locale';

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
  return i18n.use(initReactI18next).init({
    resources: {
      vi: { translation: catalogs.vi },
      en: { translation: catalogs.en },
      ar: { translation: catalogs.ar },
    },
    lng: initial,
    fallbackLng: defaultLocale,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

export { i18n };
