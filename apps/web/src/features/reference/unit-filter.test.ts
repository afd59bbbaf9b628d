import type { ComboboxItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { foldedOptionsFilter, matchStrength } from './unit-filter';

const provinces: ComboboxItem[] = [
  { value: '01', label: 'Thành phố Hà Nội' },
  { value: '40', label: 'Tỉnh Nghệ An' },
  { value: '42', label: 'Tỉnh Hà Tĩnh' },
  { value: '46', label: 'Thành phố Huế' },
];
const communes: ComboboxItem[] = [
  { value: '06184', label: 'Xã Đồng Đăng' },
  { value: '00235', label: 'Phường Đống Đa' },
  { value: '00001', label: 'Phường Ba Đình' },
];
const otherNames = new Map([
  ['01', ['Hà Nội', 'Hanoi']],
  ['42', ['Hà Tĩnh', 'Ha Tinh']],
  ['46', ['Huế', 'Hue', 'Thừa Thiên Huế']],
  ['00235', ['Đống Đa', 'Dong Da']],
  ['06184', ['Đồng Đăng', 'Dong Dang']],
]);
const labels = (options: ReturnType<ReturnType<typeof foldedOptionsFilter>>) =>
  options.map((option) => ('label' in option ? option.label : '?'));
const search = (options: ComboboxItem[], query: string, limit = Infinity) =>
  labels(foldedOptionsFilter(otherNames)({ options, search: query, limit }));

describe('the location picker’s search', () => {
  it('finds Hà Tĩnh from "ha tinh", without diacritics', () => {
    expect(search(provinces, 'ha tinh')).toEqual(['Tỉnh Hà Tĩnh']);
    expect(search(provinces, 'HA TINH')).toEqual(['Tỉnh Hà Tĩnh']);
    expect(search(provinces, 'hatinh')).toEqual(['Tỉnh Hà Tĩnh']);
  });

  it('reads đ as d and puts the exact name before longer ones', () => {
    expect(search(communes, 'dong da')).toEqual(['Phường Đống Đa', 'Xã Đồng Đăng']);
    expect(search(communes, 'đống đa')).toEqual(['Phường Đống Đa', 'Xã Đồng Đăng']);
  });

  it('finds a unit by a former or English name', () => {
    expect(search(provinces, 'thua thien')).toEqual(['Thành phố Huế']);
    expect(search(provinces, 'hanoi')).toEqual(['Thành phố Hà Nội']);
  });

  it('shows everything for an empty search, and nothing for a name that is not there', () => {
    expect(search(provinces, '  ')).toHaveLength(4);
    expect(search(provinces, 'da nang')).toEqual([]);
  });

  it('matches from the start of words, not letters inside them', () => {
    expect(search([...provinces, { value: '19', label: 'Tỉnh Thái Nguyên' }], 'ha')).toEqual([
      'Thành phố Hà Nội',
      'Tỉnh Hà Tĩnh',
    ]);
  });

  it('keeps to the limit', () => {
    expect(search(provinces, 'ha', 1)).toHaveLength(1);
  });

  it('scores whole names above prefixes above phrases above scattered words', () => {
    expect(matchStrength('Hà Tĩnh', 'ha tinh')).toBe(4);
    expect(matchStrength('Hà Tĩnh', 'ha ti')).toBe(3);
    expect(matchStrength('Tỉnh Hà Tĩnh', 'ha tinh')).toBe(2);
    expect(matchStrength('Tỉnh Hà Tĩnh', 'tinh ha')).toBe(3);
    expect(matchStrength('Thành phố Hà Nội', 'pho ha noi')).toBe(2);
    expect(matchStrength('Tỉnh Hà Tĩnh', 'hatinh')).toBe(2);
    expect(matchStrength('Tỉnh Thái Nguyên', 'hai')).toBe(0);
    expect(matchStrength('Thành phố Hà Nội', 'noi thanh')).toBe(1);
    expect(matchStrength('Thành phố Hà Nội', 'da nang')).toBe(0);
  });
});
