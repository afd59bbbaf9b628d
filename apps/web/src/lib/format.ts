import type { Locale } from '@lantern/domain';

/** Lantern shows times as people in Viet Nam read them, whatever the device's own zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Arabic text keeps Western digits and the dd/MM/yyyy order, as codes and dates stay left-to-right (ui.md).
const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', ar: 'ar-u-nu-latn' };

function parts(value: string | Date, locale: Locale, withSeconds: boolean): Record<string, string> | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  const format = new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** A whole number grouped as the reader writes it: "1.000" in Vietnamese, "1,000" in English and Arabic. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 0 }).format(value);
}

/**
 * Money in whole Vietnamese dong as the reader writes it, with the đồng sign: "1.500.000 ₫" in Vietnamese
 * (ui.md), "1,500,000 ₫" in English and Arabic. Amounts are integers; no decimals are ever shown.
 */
export function formatVnd(value: number, locale: Locale): string {
  return `${formatCount(value, locale)} ₫`;
}

/** "15/03/2026 14:05" (24-hour clock, Viet Nam time). */
export function formatDateTime(value: string | Date | null | undefined, locale: Locale, withSeconds = false) {
  if (!value) return '—';
  const map = parts(value, locale, withSeconds);
  if (!map) return '—';
  const time = `${map.hour}:${map.minute}${withSeconds ? `:${map.second}` : ''}`;
  return `${map.day}/${map.month}/${map.year} ${time}`;
}

/** "14:05" in Viet Nam time. */
export function formatTime(value: string | Date, locale: Locale) {
  const map = parts(value, locale, false);
  return map ? `${map.hour}:${map.minute}` : '—';
}

/** Whole minutes from now until a moment, never below zero. */
export function minutesUntil(value: string | Date, now = Date.now()) {
  const at = typeof value === 'string' ? new Date(value).getTime() : value.getTime();
  return Math.max(0, Math.round((at - now) / 60_000));
}

/** A short "browser on system" description of a user-agent string, enough to recognise a device. */
export function describeUserAgent(
  userAgent: string | null | undefined,
): { browser: string; system: string } | null {
  if (!userAgent) return null;
  const browser =
    [
      [/Edg\//, 'Edge'],
      [/OPR\//, 'Opera'],
      [/SamsungBrowser\//, 'Samsung Internet'],
      [/CocCoc/i, 'Cốc Cốc'],
      [/Firefox\//, 'Firefox'],
      [/Chrom(e|ium)\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] ?? '';
  const system =
    [
      [/Android/, 'Android'],
      [/iPhone|iPad|iOS/, 'iOS'],
      [/Windows/, 'Windows'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/CrOS/, 'ChromeOS'],
      [/Linux/, 'Linux'],
    ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] ?? '';
  if (!browser && !system) return null;
  return { browser: String(browser), system: String(system) };
}

// Intl.ListFormat would add "و" ("and") between Arabic items even for a plain list, and its output differs
// between ICU versions (Node and Chromium); a list on screen is only the items with the reader's comma.
const listSeparator: Record<Locale, string> = { vi: ', ', en: ', ', ar: '، ' };

/** "A, B, C" in Vietnamese and English, "A، B، C" in Arabic: a list joined for display. */
export function formatList(items: readonly string[], locale: Locale): string {
  return items.join(listSeparator[locale]);
}
