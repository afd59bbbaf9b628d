import type { Locale } from '../i18n/locales';
import { foldVietnamese } from '../text/fold';

/**
 * What the official 2025 conversion table says happened to an old unit on one link. The table's own
 * words are kept on every link; this is their meaning, in a form code can test and translate.
 */
export const crosswalkNoteKinds = [
  'whole',
  'whole-area',
  'partial',
  'partial-area-whole-population',
  'unchanged',
  'renamed',
  'retyped',
  'to-special-zone',
] as const;
export type CrosswalkNoteKind = (typeof crosswalkNoteKinds)[number];

export const crosswalkNoteKindLabels: Readonly<Record<CrosswalkNoteKind, Readonly<Record<Locale, string>>>> =
  {
    whole: { vi: 'Nhập toàn bộ', en: 'Merged as a whole', ar: 'دُمجت بالكامل' },
    'whole-area': { vi: 'Nhập toàn bộ diện tích', en: 'Whole area merged', ar: 'دُمجت مساحتها بالكامل' },
    partial: { vi: 'Nhập một phần', en: 'Partly merged', ar: 'دُمج جزء منها' },
    'partial-area-whole-population': {
      vi: 'Nhập một phần diện tích, toàn bộ dân số',
      en: 'Part of the area, all of the population',
      ar: 'جزء من المساحة وجميع السكان',
    },
    unchanged: { vi: 'Giữ nguyên', en: 'Unchanged', ar: 'دون تغيير' },
    renamed: { vi: 'Đổi tên', en: 'Renamed', ar: 'تغيّر الاسم' },
    retyped: { vi: 'Đổi loại hình', en: 'Type changed', ar: 'تغيّر نوع الوحدة' },
    'to-special-zone': {
      vi: 'Sắp xếp thành đặc khu',
      en: 'Reorganised as a special zone',
      ar: 'أعيد تنظيمها منطقةً خاصة',
    },
  };

// Ordered: the first rule that matches wins, so the specific wordings come before the general ones.
// Matching is on folded text because the table has typos ("Nhâp một phần diện tích").
const RULES: ReadonlyArray<[RegExp, CrosswalkNoteKind]> = [
  [/^giu nguyen$/, 'unchanged'],
  [/^sap xep toan bo .* thanh dac khu /, 'to-special-zone'],
  [/^nhap mot phan dien tich, toan bo dan so$/, 'partial-area-whole-population'],
  [/mot phan|^phan con lai /, 'partial'],
  [/^nhap toan bo dien tich$/, 'whole-area'],
  [/^nhap toan bo$/, 'whole'],
  [/^doi ten$/, 'renamed'],
  [/^doi loai hinh$/, 'retyped'],
];

/** The kind of a conversion-table note, or undefined for wording this code has not seen. */
export function classifyCrosswalkNote(note: string): CrosswalkNoteKind | undefined {
  const folded = foldVietnamese(note);
  return RULES.find(([pattern]) => pattern.test(folded))?.[1];
}

export function crosswalkNoteKindLabel(kind: CrosswalkNoteKind, locale: Locale): string {
  return crosswalkNoteKindLabels[kind][locale];
}
