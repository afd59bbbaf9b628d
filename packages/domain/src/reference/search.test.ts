import { describe, expect, it } from 'vitest';
import { searchUnits } from './search';

const first = (query: string, options = {}) => searchUnits(query, options)[0]?.fullName;

describe('searchUnits', () => {
  it.each([
    ['ha tinh', 'Tỉnh Hà Tĩnh'],
    ['Hà Tĩnh', 'Tỉnh Hà Tĩnh'],
    ['HA TINH', 'Tỉnh Hà Tĩnh'],
    ['tinh ha tinh', 'Tỉnh Hà Tĩnh'],
    ['da nang', 'Thành phố Đà Nẵng'],
    ['dong nai', 'Thành phố Đồng Nai'],
    ['ho chi minh', 'Thành phố Hồ Chí Minh'],
    ['thanh pho ho chi minh', 'Thành phố Hồ Chí Minh'],
    // The 2025 list writes "Thanh Hoá" and "Khánh Hoà"; either placement of the tone mark finds them.
    ['Thanh Hóa', 'Tỉnh Thanh Hoá'],
    ['khanh hoa', 'Tỉnh Khánh Hoà'],
    ['Hanoi', 'Thành phố Hà Nội'],
  ])('%j finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('finds Đồng Nai under its former type word too', () => {
    expect(first('Tỉnh Đồng Nai')).toBe('Thành phố Đồng Nai');
  });

  it('finds a name while it is being typed', () => {
    expect(searchUnits('ha ti', { levels: ['province'] }).map((unit) => unit.name)).toContain('Hà Tĩnh');
    expect(first('quang ng', { levels: ['province'] })).toBe('Tỉnh Quảng Ngãi');
  });

  it('offers pre-2025 units for a date before 1 July 2025 only', () => {
    expect(first('hai duong', { at: '2022-05-01', levels: ['province'] })).toBe('Tỉnh Hải Dương');
    expect(searchUnits('hai duong', { levels: ['province'] })).toEqual([]);
    expect(first('ha giang', { era: 'pre-2025', levels: ['province'] })).toBe('Tỉnh Hà Giang');
  });

  it('finds Huế under the name it had until 2024', () => {
    const [hue] = searchUnits('thua thien hue', { at: '2022-05-01' });
    expect(hue).toMatchObject({ era: 'pre-2025', code: '46' });
  });

  it('finds communes by the other spellings of the conversion table', () => {
    expect(searchUnits('sa phin', { at: '2024-01-01' }).map((unit) => unit.code)).toContain('00736');
    expect(searchUnits('hneng', { at: '2024-01-01' }).map((unit) => unit.fullName)).toContain("Xã H' Neng");
  });

  it('restricts to a province, a level and a number of results', () => {
    const inHanoi = searchUnits('phuong', { provinceCode: '01', limit: 500 });
    expect(inHanoi.length).toBeGreaterThan(20);
    expect(inHanoi.every((unit) => unit.provinceCode === '01')).toBe(true);
    expect(first('ba dinh', { provinceCode: '01' })).toBe('Phường Ba Đình');
    expect(searchUnits('phuong', { levels: ['province'] })).toEqual([]);
    expect(searchUnits('xa', { limit: 3 })).toHaveLength(3);
  });

  it('ranks exact matches above partial ones and provinces above communes', () => {
    const results = searchUnits('lao cai');
    expect(results[0]?.fullName).toBe('Tỉnh Lào Cai');
    const levels = results.map((unit) => unit.level);
    expect(levels.indexOf('commune')).toBeGreaterThan(levels.indexOf('province'));
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchUnits('')).toEqual([]);
    expect(searchUnits(' - ')).toEqual([]);
  });
});
