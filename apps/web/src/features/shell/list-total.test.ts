import { LIST_TOTAL_CAP, translate } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { formatListTotal, pageCount, pagerFor } from './list-total';

const capped = { total: LIST_TOTAL_CAP, totalIsLowerBound: true };
const exact = (total: number) => ({ total, totalIsLowerBound: false });

describe('a list total as the reader sees it', () => {
  it('writes an exact total in the reader number format', () => {
    expect(formatListTotal(exact(37), 'vi')).toBe('37');
    expect(formatListTotal(exact(LIST_TOTAL_CAP), 'vi')).toBe('1.000');
    expect(formatListTotal(exact(LIST_TOTAL_CAP), 'en')).toBe('1,000');
  });

  it('says "1.000+" once the server stopped counting, per language', () => {
    expect(formatListTotal(capped, 'vi')).toBe('1.000+');
    expect(formatListTotal(capped, 'en')).toBe('1,000+');
    // Western digits, as everywhere in the Arabic interface; isolated so the "+" stays after them.
    expect(formatListTotal(capped, 'ar')).toBe('\u20661,000+\u2069');
  });

  it('puts it in the list header of each language', () => {
    const count = (locale: 'vi' | 'en' | 'ar', key: string) =>
      translate(locale, key, { total: formatListTotal(capped, locale) });
    expect(count('vi', 'casesWeb.list.count')).toBe('Số hồ sơ: 1.000+');
    expect(count('en', 'screeningWeb.list.count')).toBe('Screenings: 1,000+');
    expect(count('ar', 'casesWeb.list.count')).toContain('1,000+');
  });
});

describe('pages of a server-paged list', () => {
  it('are counted while the total is exact', () => {
    expect(pageCount(exact(0), 25)).toBe(1);
    expect(pageCount(exact(25), 25)).toBe(1);
    expect(pageCount(exact(26), 25)).toBe(2);
    expect(pageCount(exact(LIST_TOTAL_CAP), 25)).toBe(40);
  });

  it('are unknown past the cap: the pager then offers next and previous without a last page', () => {
    expect(pageCount(capped, 25)).toBeNull();
    expect(pagerFor({ ...capped, hasMore: true }, 25)).toEqual({ pages: null, hasMore: true });
    expect(pagerFor({ ...capped, hasMore: false }, 25)).toEqual({ pages: null, hasMore: false });
  });
});
