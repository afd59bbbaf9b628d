import { catalogs } from '../i18n/translate';
import { tokens } from '../text/fold';
import { findUnit } from './admin-units';
import { provinceFullNameAr } from './province-names-ar';

/**
 * Whether every word typed appears, as the start of a word, somewhere in the texts: diacritics, case and
 * order ignored, đ = d. "phu nu lao cai" finds "Hội Liên hiệp Phụ nữ tỉnh Lào Cai" although the words are
 * not next to each other there; a word typed without its space ("laocai") is found too.
 */
export function matchesEveryWord(query: string, texts: readonly string[]): boolean {
  const wanted = tokens(query);
  if (wanted.length === 0) return true;
  const words = texts.flatMap((text) => tokens(text));
  const compact = words.join('');
  // Short words must start a word ("nu" is not found inside "hanu…"); longer ones may span a missing space.
  return wanted.every(
    (word) =>
      words.some((candidate) => candidate.startsWith(word)) || (word.length > 3 && compact.includes(word)),
  );
}

const agencyTypeName = (code: string, locale: 'vi' | 'en' | 'ar') => {
  const types = catalogs[locale].agencyTypes;
  const name = typeof types === 'object' ? types[code] : undefined;
  return typeof name === 'string' ? name : code;
};

/** What an agency is found by: its name, its type and its province, in every interface language. */
export function agencySearchTexts(agency: {
  name: string;
  typeCode: string;
  provinceCode: string;
}): string[] {
  const province = findUnit(agency.provinceCode, '2025');
  return [
    agency.name,
    ...(['vi', 'en', 'ar'] as const).map((locale) => agencyTypeName(agency.typeCode, locale)),
    ...(province ? [province.fullName, province.fullNameEn, provinceFullNameAr(province) ?? ''] : []),
  ];
}
