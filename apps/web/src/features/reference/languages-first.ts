/**
 * The languages an interview or a conversation in Viet Nam is most often held in, then the country's
 * minority languages; every language picker shows these first, in this order. Codes are ISO 639-3, as stored.
 */
export const COMMON_LANGUAGES = ['vie', 'eng', 'zho', 'yue', 'khm', 'lao', 'mya', 'tha', 'kor', 'jpn'];

export const MINORITY_LANGUAGES = [
  'tyz',
  'blt',
  'mtq',
  'hmn',
  'nut',
  'ium',
  'jra',
  'rad',
  'bdq',
  'kpm',
  'sed',
  'cjm',
];
