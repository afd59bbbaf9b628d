import { describe, expect, it } from 'vitest';
import { agencySearchTexts, matchesEveryWord } from './every-word';

const womensUnion = {
  name: 'Hội Liên hiệp Phụ nữ tỉnh Lào Cai',
  typeCode: 'womens_union_one_stop',
  provinceCode: '15',
};

describe('finding an agency by every word typed', () => {
  it.each([
    ['phu nu', true],
    ['lao cai', true],
    ['phu nu lao cai', true],
    ['hoi phu nu', true],
    ['HỘI PHỤ NỮ', true],
    ['laocai', true],
    ['women lao cai', true],
    ['مقاطعة لاو كاي', true],
    ['phu nu ha tinh', false],
    ['cong an', false],
  ])('"%s" finds the Lào Cai women’s union: %s', (query, found) => {
    expect(matchesEveryWord(query, agencySearchTexts(womensUnion))).toBe(found);
  });

  it('reads đ as d and ignores the order of the words', () => {
    expect(matchesEveryWord('dien bien don bien phong', ['Đồn Biên phòng', 'Tỉnh Điện Biên'])).toBe(true);
    expect(matchesEveryWord('', ['anything'])).toBe(true);
  });
});
