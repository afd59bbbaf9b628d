import type { AdminUnit } from './admin-units';

/**
 * Arabic names of the 34 provinces in force since the 2025 reform. No source we use has Arabic names, so
 * these are transliterations as Arabic-language atlases and news write them (Hanoi هانوي, Da Nang دا نانغ);
 * communes keep their Vietnamese names, which are what every document and sign shows.
 */
const provinceNamesAr: Readonly<Record<string, string>> = {
  '01': 'هانوي',
  '04': 'كاو بانغ',
  '08': 'توين كوانغ',
  '11': 'ديان بيان',
  '12': 'لاي تشاو',
  '14': 'سون لا',
  '15': 'لاو كاي',
  '19': 'تاي نغوين',
  '20': 'لانغ سون',
  '22': 'كوانغ نينه',
  '24': 'باك نينه',
  '25': 'فو تو',
  '31': 'هايفونغ',
  '33': 'هونغ ين',
  '37': 'نينه بينه',
  '38': 'ثانه هوا',
  '40': 'نغي آن',
  '42': 'ها تينه',
  '44': 'كوانغ تري',
  '46': 'هوي',
  '48': 'دا نانغ',
  '51': 'كوانغ نغاي',
  '52': 'جيا لاي',
  '56': 'خانه هوا',
  '66': 'داك لاك',
  '68': 'لام دونغ',
  '75': 'دونغ ناي',
  '79': 'هو تشي منه',
  '80': 'تاي نينه',
  '82': 'دونغ ثاب',
  '86': 'فينه لونغ',
  '91': 'آن جيانغ',
  '92': 'كان ثو',
  '96': 'كا ماو',
};

/** "مقاطعة لاو كاي", "مدينة هانوي" for a province of the 2025 set; undefined for anything else. */
export function provinceFullNameAr(
  unit: Pick<AdminUnit, 'era' | 'level' | 'code' | 'type'>,
): string | undefined {
  if (unit.era !== '2025' || unit.level !== 'province') return undefined;
  const name = provinceNamesAr[unit.code];
  if (!name) return undefined;
  return unit.type === 'province' ? `مقاطعة ${name}` : `مدينة ${name}`;
}
