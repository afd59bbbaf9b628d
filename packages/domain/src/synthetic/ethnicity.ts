import { chance, draw, drawWeighted, type Random, type Table, weights } from './random';

/** The home language (ISO 639-3) of a group, where Lantern's language list has it. */
export const ETHNIC_LANGUAGES: Readonly<Record<string, string>> = {
  '02': 'tyz',
  '03': 'blt',
  '04': 'yue',
  '05': 'khm',
  '06': 'mtq',
  '07': 'nut',
  '08': 'hmn',
  '09': 'ium',
};

/** The name of a minority language as it follows "tiếng" ("tiếng Mông"). */
export const LANGUAGE_NAMES_VI: Readonly<Record<string, string>> = {
  hmn: 'Mông',
  blt: 'Thái',
  tyz: 'Tày',
  nut: 'Nùng',
  ium: 'Dao',
  mtq: 'Mường',
  khm: 'Khmer',
  yue: 'Quảng Đông',
};

/**
 * Rough shares of the peoples (codes of the ethnicity vocabulary, the GSO list) in the 2025 provinces that
 * send many victims, the Central Highlands and the Mekong delta (census 2019, merged provinces).
 */
const BY_PROVINCE: Readonly<Record<string, Table<string>>> = {
  '04': weights('02:40 07:30 08:12 09:10 01:8'),
  '08': weights('08:30 02:25 01:25 09:12 07:4 25:2'),
  '11': weights('03:38 08:36 01:18 29:4 09:2 35:1'),
  '12': weights('08:40 03:30 09:14 01:12 35:4'),
  '14': weights('03:53 08:17 01:17 06:8 09:2 29:2'),
  '15': weights('01:48 08:20 02:12 09:12 03:4 25:2 35:1'),
  '19': weights('01:65 02:20 07:7 09:5 18:3'),
  '20': weights('07:42 02:35 01:16 09:4 18:1'),
  '22': weights('01:88 09:5 02:4 18:2'),
  '25': weights('01:70 06:28 09:1'),
  '38': weights('01:84 06:9 03:6'),
  '40': weights('01:86 03:10 08:2 29:2'),
  '52': weights('01:73 10:17 13:7.5 02:1 07:1 19:0.5'),
  '66': weights('01:78 12:12 07:2.7 02:2 20:1.4 08:1 17:0.9 10:0.6 09:0.4'),
  '68': weights('01:84 16:4.8 07:1.9 02:1.7 20:1.6 17:1.2 28:1.2 08:0.8 21:0.6 36:0.6 04:0.6'),
  '79': weights('01:94 04:5 05:1'),
  '86': weights('01:89.5 05:10 04:0.5'),
  '91': weights('01:90 05:8 04:1.5 17:0.5'),
  '92': weights('01:84 05:13 04:3'),
  '96': weights('01:94 05:4.5 04:1.5'),
};
const ELSEWHERE = weights('01:98.5 06:0.5 02:0.5 04:0.5');

/** Family names as each people writes them. */
const SURNAMES: Readonly<Record<string, Table<string>>> = {
  '08': weights('Giàng:25 Sùng:20 Thào:18 Vàng:12 Lầu:8 Hờ:6 Mùa:6 Lý:5'),
  '03': weights('Lò:30 Lường:15 Cầm:12 Quàng:10 Hà:12 Vi:8 Tòng:8'),
  '02': weights('Hoàng:25 Nông:25 Lương:15 Hà:10 Triệu:5 Đàm:8 Ma:6'),
  '07': weights('Hoàng:25 Nông:15 Lăng:12 Vi:10 Chu:10 Lục:10 Hứa:10'),
  '09': weights('Triệu:35 Bàn:30 Đặng:20 Lý:15'),
  '06': weights('Bùi:35 Đinh:30 Quách:15 Hà:12 Xa:8'),
  '05': weights('Thạch:35 Sơn:25 Danh:20 Kim:10 Lâm:10'),
  '04': weights('Lâm:25 Trần:20 Lý:20 Quách:15 Châu:20'),
};
const MONG_FEMALE = weights('Mỷ:1 Dở:1 Súa:1 Chứ:1 Pàng:1 Sua:1 Mai:1 Dua:1 Và:1 Xá:1');
const MONG_MALE = weights('Páo:1 Sính:1 Dình:1 Tủa:1 Chá:1 Seo:1 Sáng:1 Chư:1 Lềnh:1 Pó:1');
const MONG_SURNAMES = new Set(['Giàng', 'Sùng', 'Thào', 'Lầu', 'Vàng', 'Hờ', 'Mùa']);

/**
 * The person's people and, for most people of a minority (all Mông), a name written as that people write
 * it (family names such as Giàng, Lò or Nông), so that names and ethnicity agree.
 */
export function ethnicityAndName(
  random: Random,
  fullName: string,
  female: boolean,
  provinceCode: string,
): { ethnicity: string; fullName: string } {
  const parts = fullName.split(' ');
  const family = parts[0] as string;
  if (MONG_SURNAMES.has(family)) return { ethnicity: '08', fullName };
  const ethnicity = draw(random, BY_PROVINCE[provinceCode] ?? ELSEWHERE);
  const surnames = SURNAMES[ethnicity];
  if (ethnicity === '01' || !surnames || (ethnicity !== '08' && !chance(random, 0.85)))
    return { ethnicity, fullName };
  parts[0] = draw(random, surnames);
  if (ethnicity === '08') {
    const middle = female
      ? 'Thị'
      : drawWeighted(random, [
          ['A', 70],
          ['Văn', 20],
          ['Seo', 10],
        ]);
    return { ethnicity, fullName: `${parts[0]} ${middle} ${draw(random, female ? MONG_FEMALE : MONG_MALE)}` };
  }
  return { ethnicity, fullName: parts.join(' ') };
}
