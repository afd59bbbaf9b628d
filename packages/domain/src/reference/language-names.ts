import type { Locale } from '../i18n/locales';

type Names = Readonly<Partial<Record<Locale, string>>>;

/**
 * Names for Viet Nam's minority languages, which browsers and Node do not name, written with the
 * Vietnamese names of the peoples who speak them.
 */
export const VIET_NAM_LANGUAGE_NAMES: Readonly<Record<string, Names>> = {
  bdq: { vi: 'Tiếng Ba Na', en: 'Bahnar', ar: 'لغة الباهنار' },
  blt: { vi: 'Tiếng Thái Đen', en: 'Tai Dam (Black Tai)', ar: 'لغة تاي دام (التاي السود)' },
  cjm: { vi: 'Tiếng Chăm (Đông)', en: 'Eastern Cham', ar: 'لغة التشام الشرقية' },
  hmn: { vi: 'Tiếng Mông (H’Mông)', en: 'Hmong', ar: 'لغة الهمونغ' },
  ium: { vi: 'Tiếng Dao (Iu Mien)', en: 'Iu Mien (Dao)', ar: 'لغة إيو مين (الداو)' },
  jra: { vi: 'Tiếng Gia Rai', en: 'Jarai', ar: 'لغة الجاراي' },
  kpm: { vi: 'Tiếng Cơ Ho', en: 'Koho', ar: 'لغة الكوهو' },
  mtq: { vi: 'Tiếng Mường', en: 'Muong', ar: 'لغة الموونغ' },
  nut: { vi: 'Tiếng Nùng', en: 'Nung', ar: 'لغة النونغ' },
  rad: { vi: 'Tiếng Ê Đê', en: 'Rade (Ê Đê)', ar: 'لغة الرادي (إي دي)' },
  sed: { vi: 'Tiếng Xơ Đăng', en: 'Sedang', ar: 'لغة السيدانغ' },
  tyz: { vi: 'Tiếng Tày', en: 'Tày', ar: 'لغة التاي' },
  yue: { vi: 'Tiếng Quảng Đông', en: 'Cantonese', ar: 'اللغة الكانتونية' },
};

/**
 * Languages Chromium's smaller ICU data cannot name in Vietnamese or Arabic (checked in Chromium 2026:
 * `new Intl.DisplayNames(['vi'], { type: 'language', fallback: 'none' }).of(tag)` is undefined), so the
 * picker showed their English reference names inside the Vietnamese and Arabic interfaces. Reviewed from
 * CLDR's full data (as Node prints it), with its few odd Arabic forms corrected. English keeps ISO's name.
 * Twi is here too: CLDR now treats "tw" as Akan, which listed "Akan" twice.
 */
export const BROWSER_UNNAMED_LANGUAGE_NAMES: Readonly<Record<string, Names>> = {
  aar: { vi: 'Tiếng Afar', ar: 'الأفارية' },
  abk: { vi: 'Tiếng Abkhazia', ar: 'الأبخازية' },
  ava: { vi: 'Tiếng Avar', ar: 'الأوارية' },
  bak: { vi: 'Tiếng Bashkir', ar: 'الباشكيرية' },
  bis: { vi: 'Tiếng Bislama', ar: 'البيسلامية' },
  bod: { vi: 'Tiếng Tây Tạng', ar: 'التبتية' },
  cha: { vi: 'Tiếng Chamorro', ar: 'التشامورية' },
  che: { vi: 'Tiếng Chechen', ar: 'الشيشانية' },
  chv: { vi: 'Tiếng Chuvash', ar: 'التشوفاشية' },
  cor: { vi: 'Tiếng Cornwall', ar: 'الكورنية' },
  cre: { vi: 'Tiếng Cree', ar: 'الكرية' },
  dzo: { vi: 'Tiếng Dzongkha', ar: 'الدزونكا' },
  fij: { vi: 'Tiếng Fiji', ar: 'الفيجية' },
  ful: { vi: 'Tiếng Fulah', ar: 'الفولانية' },
  glv: { vi: 'Tiếng Manx', ar: 'المنكية' },
  her: { vi: 'Tiếng Herero', ar: 'الهيريرو' },
  hmo: { vi: 'Tiếng Hiri Motu', ar: 'الهيري موتو' },
  iii: { vi: 'Tiếng Di Tứ Xuyên', ar: 'اليي السيتشوانية' },
  iku: { vi: 'Tiếng Inuktitut', ar: 'الإينكتيتوت' },
  ipk: { vi: 'Tiếng Inupiaq', ar: 'الإينوبياك' },
  kal: { vi: 'Tiếng Kalaallisut', ar: 'الكالاليست' },
  kas: { vi: 'Tiếng Kashmir', ar: 'الكشميرية' },
  kau: { vi: 'Tiếng Kanuri', ar: 'الكانورية' },
  kik: { vi: 'Tiếng Kikuyu', ar: 'الكيكويو' },
  kom: { vi: 'Tiếng Komi', ar: 'الكومي' },
  kon: { vi: 'Tiếng Kongo', ar: 'الكونغو' },
  kua: { vi: 'Tiếng Kuanyama', ar: 'الكوانياما' },
  lim: { vi: 'Tiếng Limburg', ar: 'الليمبورغية' },
  lub: { vi: 'Tiếng Luba-Katanga', ar: 'اللوبا كاتانغا' },
  mah: { vi: 'Tiếng Marshall', ar: 'المارشالية' },
  nau: { vi: 'Tiếng Nauru', ar: 'الناورو' },
  nav: { vi: 'Tiếng Navajo', ar: 'النافاجو' },
  nbl: { vi: 'Tiếng Ndebele Nam', ar: 'النديبيل الجنوبية' },
  nde: { vi: 'Tiếng Ndebele Bắc', ar: 'النديبيل الشمالية' },
  ndo: { vi: 'Tiếng Ndonga', ar: 'الندونغا' },
  oji: { vi: 'Tiếng Ojibwa', ar: 'الأوجيبوا' },
  oss: { vi: 'Tiếng Ossetia', ar: 'الأوسيتية' },
  run: { vi: 'Tiếng Rundi', ar: 'الروندية' },
  sag: { vi: 'Tiếng Sango', ar: 'السانغو' },
  sme: { vi: 'Tiếng Sami Bắc', ar: 'السامية الشمالية' },
  srd: { vi: 'Tiếng Sardinia', ar: 'السردينية' },
  ssw: { vi: 'Tiếng Swati', ar: 'السواتية' },
  tah: { vi: 'Tiếng Tahiti', ar: 'التاهيتية' },
  twi: { vi: 'Tiếng Twi', en: 'Twi', ar: 'التوية' },
  ven: { vi: 'Tiếng Venda', ar: 'الفيندية' },
  zha: { vi: 'Tiếng Choang', ar: 'التشوانغية' },
};
