import { describe, expect, it } from 'vitest';
import { LocalValueError, mergeLocalValues, validateLocalValues } from './local-values';
import { htcdsExportCode, labelIn, vocabularies } from './registry';

const platforms = vocabularies['online-platform'];
const shopee = { code: 'local.Shopee', labels: { vi: 'Shopee', en: 'Shopee', ar: 'شوبي' } };

describe('local values', () => {
  it('appends accepted values in the local namespace without touching the fixed codes', () => {
    const merged = mergeLocalValues(platforms, [shopee]);
    expect(merged.codes.slice(0, platforms.codes.length)).toEqual(platforms.codes);
    expect(merged.codes.at(-1)).toMatchObject({ code: 'local.Shopee', namespace: 'local' });
    expect(labelIn(merged, 'local.Shopee', 'ar')).toBe('شوبي');
    expect(htcdsExportCode(merged, 'local.Shopee')).toBe('Other');
    expect(platforms.codes.some((entry) => entry.code === 'local.Shopee')).toBe(false);
  });

  it('replaces earlier local values when merged again', () => {
    const once = mergeLocalValues(platforms, [shopee]);
    const twice = mergeLocalValues(once, [
      { ...shopee, code: 'local.Lazada', labels: { vi: 'Lazada', en: 'Lazada', ar: 'لازادا' } },
    ]);
    expect(twice.codes.filter((entry) => entry.namespace === 'local').map((entry) => entry.code)).toEqual([
      'local.Lazada',
    ]);
  });

  it('rejects a value that reuses the name of a fixed code in any namespace', () => {
    const problems = validateLocalValues(platforms, [
      { code: 'local.zalo', labels: { vi: 'Zalo cá nhân', en: 'Zalo (personal)', ar: 'زالو الشخصي' } },
      {
        code: 'local.Telegram',
        labels: { vi: 'Kênh Telegram', en: 'Telegram channel', ar: 'قناة تيليغرام' },
      },
    ]);
    expect(problems).toEqual([
      { code: 'local.zalo', problem: 'collides-with-fixed-code', conflictsWith: 'vn.Zalo' },
      { code: 'local.Telegram', problem: 'collides-with-fixed-code', conflictsWith: 'Telegram' },
    ]);
  });

  it('rejects a label that repeats an existing one, ignoring case and diacritics', () => {
    const problems = validateLocalValues(vocabularies['exploitation-type'], [
      {
        code: 'local.Scam',
        labels: { vi: 'cuong ep tham gia lua dao truc tuyen', en: 'Scam work', ar: 'عمل احتيالي' },
      },
    ]);
    expect(problems).toEqual([
      { code: 'local.Scam', problem: 'duplicate-label', locale: 'vi', conflictsWith: 'vn.ForcedOnlineScam' },
    ]);
  });

  it('rejects missing labels, malformed codes, repeated codes and unknown export codes', () => {
    const problems = validateLocalValues(platforms, [
      { code: 'Shopee', labels: shopee.labels },
      { code: 'local.Kakao', labels: { vi: 'KakaoTalk', en: 'KakaoTalk', ar: '' } },
      shopee,
      { ...shopee, labels: { vi: 'Shopee 2', en: 'Shopee 2', ar: 'شوبي ٢' } },
      { code: 'local.Line2', labels: { vi: 'Line 2', en: 'Line 2', ar: 'لاين ٢' }, htcdsExport: 'Myspace' },
    ]);
    expect(problems).toEqual([
      { code: 'Shopee', problem: 'invalid-code' },
      { code: 'local.Kakao', problem: 'missing-label', locale: 'ar' },
      { code: 'local.Shopee', problem: 'duplicate-code' },
      { code: 'local.Line2', problem: 'invalid-export' },
    ]);
    expect(() => mergeLocalValues(platforms, [{ code: 'Shopee', labels: shopee.labels }])).toThrow(
      LocalValueError,
    );
  });

  it('allows no HTCDS export from a Viet Nam vocabulary', () => {
    const problems = validateLocalValues(vocabularies['vn-support-regime'], [
      {
        code: 'local.Housing',
        labels: { vi: 'Hỗ trợ nhà ở', en: 'Housing', ar: 'السكن' },
        htcdsExport: 'Other',
      },
    ]);
    expect(problems).toEqual([{ code: 'local.Housing', problem: 'invalid-export' }]);
  });
});
