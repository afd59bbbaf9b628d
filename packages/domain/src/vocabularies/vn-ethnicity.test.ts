import { describe, expect, it } from 'vitest';
import { isKnownCode, labelOf, vocabularies } from './registry';
import { vocabularySchema } from './types';

const { ethnicity } = vocabularies;
const peoples = ethnicity.codes.filter((entry) => entry.code !== '55');

describe('the ethnicity vocabulary (GSO list of Viet Nam’s peoples)', () => {
  it('has the 54 peoples as codes 01 to 54 in the statistics office’s order, then 55 for a foreign national', () => {
    expect(vocabularySchema.safeParse(ethnicity).success).toBe(true);
    expect(peoples).toHaveLength(54);
    expect(ethnicity.codes.map((entry) => entry.code)).toEqual(
      Array.from({ length: 55 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(ethnicity.codes.every((entry) => entry.namespace === 'gso')).toBe(true);
  });

  it('names the peoples as Decision 121-TCTK/PPCĐ numbers them, in Vietnamese, English and Arabic', () => {
    const vi = Object.fromEntries(ethnicity.codes.map((entry) => [entry.code, entry.labels.vi]));
    expect([vi['01'], vi['02'], vi['03'], vi['04'], vi['05'], vi['06'], vi['07'], vi['08']]).toEqual([
      'Kinh',
      'Tày',
      'Thái',
      'Hoa',
      'Khơ-me',
      'Mường',
      'Nùng',
      'Mông',
    ]);
    expect([vi['09'], vi['10'], vi['18'], vi['25'], vi['29'], vi['35'], vi['54']]).toEqual([
      'Dao',
      'Gia-rai',
      'Sán Dìu',
      'Giáy',
      'Khơ-mú',
      'Hà Nhì',
      'Rơ-măm',
    ]);
    expect(labelOf('ethnicity', '08', 'en')).toBe('Hmong');
    expect(labelOf('ethnicity', '05', 'en')).toBe('Khmer');
    expect(labelOf('ethnicity', '04', 'en')).toMatch(/Chinese/);
    // Arabic names are written in Arabic script, not left in Latin letters.
    for (const entry of ethnicity.codes)
      expect(entry.labels.ar, entry.code).toMatch(/^[\u0600-\u06FF ()-]+$/);
  });

  it('knows only two-digit GSO codes: no names, no unknown or declined code', () => {
    expect(isKnownCode('ethnicity', '01')).toBe(true);
    expect(isKnownCode('ethnicity', '54')).toBe(true);
    for (const code of ['1', '00', '56', '99', 'Kinh', 'unknown', 'vn.Kinh', ' 01'])
      expect(isKnownCode('ethnicity', code), code).toBe(false);
  });
});
