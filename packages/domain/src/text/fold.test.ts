import { describe, expect, it } from 'vitest';
import { compactKey, foldVietnamese, sameFolded, tokens } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Hà Tĩnh', 'ha tinh'],
    ['Đà Nẵng', 'da nang'],
    ['đường Điện Biên Phủ', 'duong dien bien phu'],
    ['ĐỒNG NAI', 'dong nai'],
    ['Ưng Hòa', 'ung hoa'],
    ['Ơn, ơi, ư', 'on, oi, u'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Quảng Ngãi', 'quang ngai'],
    ['Bà Rịa - Vũng Tàu', 'ba ria - vung tau'],
    ['  Xã \t Ba   Chẽ \n', 'xa ba che'],
    ['Phường\u00a0Ba\u00a0Đình', 'phuong ba dinh'],
    ['Hà\u200b Nội', 'ha noi'],
    ['\u00d0ắk Lắk', 'dak lak'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('folds both tone-mark placements to the same key', () => {
    const pairs: Array<[string, string]> = [
      ['Hòa', 'Hoà'],
      ['Thủy', 'Thuỷ'],
      ['Khánh Hòa', 'Khánh Hoà'],
      ['Thanh Hóa', 'Thanh Hoá'],
    ];
    for (const [old, modern] of pairs) {
      // The pair must really be spelled differently, or this test would prove nothing.
      expect(old.normalize('NFC')).not.toBe(modern.normalize('NFC'));
      expect(foldVietnamese(old)).toBe(foldVietnamese(modern));
    }
  });

  it('gives the same result for precomposed and decomposed input', () => {
    const composed = 'Nghệ An Tuyên Quang Đắk Nông'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese(composed));
  });

  it('keeps letters of other scripts', () => {
    expect(foldVietnamese('كمبوديا')).toBe('كمبوديا');
    expect(foldVietnamese('中国')).toBe('中国');
  });
});

describe('tokens', () => {
  it('splits on punctuation and spaces', () => {
    expect(tokens('Tỉnh Bà Rịa - Vũng Tàu')).toEqual(['tinh', 'ba', 'ria', 'vung', 'tau']);
    expect(tokens("Xã Ea H'đinh")).toEqual(['xa', 'ea', 'h', 'dinh']);
    expect(tokens('Phường 15, Quận 10')).toEqual(['phuong', '15', 'quan', '10']);
    expect(tokens(' ,; ')).toEqual([]);
  });
});

describe('compactKey and sameFolded', () => {
  it.each([
    ["Xã H' Neng", 'Xã Hneng'],
    ['Xã Đa Krông', 'Xã Đakrông'],
    ['Xã Ea M’ Doal', "Xã Ea M'Doal"],
    ['xã Bắc Sơn', 'Xã Bắc Sơn'],
  ])('%j ≈ %j', (a, b) => {
    expect(compactKey(a)).toBe(compactKey(b));
    expect(sameFolded(a, b)).toBe(true);
  });

  it('still tells different names apart', () => {
    expect(sameFolded('Xã Hưng Yên', 'Xã Hưng Yên Nam')).toBe(false);
    expect(sameFolded('Phường 1', 'Phường 11')).toBe(false);
  });
});
