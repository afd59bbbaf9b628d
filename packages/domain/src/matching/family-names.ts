/**
 * Vietnamese family names with their approximate share of the population (the figures usually quoted:
 * Nguyễn about 38 %, Trần 11 %, Lê 9.5 % …) and the spellings they take in foreign documents. Women
 * returned across the northern border often carry papers in Chinese, where Nguyễn (阮) is written "Ruan",
 * Trần (陳) "Chen", and so on. Huỳnh is the southern form of Hoàng, Võ of Vũ.
 *
 * The family names of the northern mountains follow: Hmong (Giàng, Sùng, Thào, Vàng, Lầu, Hờ, Mùa, Cứ,
 * Hạng, Páo…), Dao (Chảo, Bàn, Triệu…) and Thai (Lò, Lường, Quàng, Tòng, Cầm, Vi, Đèo, Mè…). They are a
 * few per mille nationally but far commoner among victims: trafficking to China is most common from
 * these provinces, so their shares are those of a caseload, not of the census. Folded, Hờ is Hồ, Lường
 * Lương and Ly Lý: one entry each.
 */
export const familyNames: ReadonlyArray<{ name: string; share: number; variants: readonly string[] }> = [
  {
    name: 'nguyen',
    share: 0.384,
    variants: ['ruan', 'nguyenn', 'ngyuen', 'nguen', 'nguyn', 'nyugen', 'win'],
  },
  { name: 'tran', share: 0.112, variants: ['chen', 'chan'] },
  { name: 'le', share: 0.095, variants: ['li', 'lee'] },
  { name: 'pham', share: 0.071, variants: ['fan', 'fam'] },
  { name: 'hoang', share: 0.051, variants: ['huynh', 'huang', 'hoan', 'wong'] },
  { name: 'phan', share: 0.045, variants: ['pan', 'fan'] },
  { name: 'vu', share: 0.039, variants: ['vo', 'wu', 'woo'] },
  { name: 'dang', share: 0.021, variants: ['deng'] },
  { name: 'bui', share: 0.02, variants: ['pei', 'buoi'] },
  { name: 'do', share: 0.014, variants: ['du'] },
  { name: 'ho', share: 0.016, variants: ['hu'] },
  { name: 'ngo', share: 0.013, variants: ['wu'] },
  { name: 'duong', share: 0.01, variants: ['yang', 'zuong'] },
  { name: 'ly', share: 0.005, variants: ['li', 'lee'] },
  { name: 'dinh', share: 0.005, variants: ['ding'] },
  { name: 'trinh', share: 0.004, variants: ['zheng'] },
  { name: 'truong', share: 0.004, variants: ['zhang', 'chuong'] },
  { name: 'mai', share: 0.003, variants: [] },
  { name: 'cao', share: 0.003, variants: ['gao'] },
  { name: 'luong', share: 0.003, variants: ['liang'] },
  { name: 'lam', share: 0.003, variants: ['lin'] },
  { name: 'ha', share: 0.003, variants: ['he'] },
  { name: 'vuong', share: 0.002, variants: ['wang'] },
  { name: 'trieu', share: 0.002, variants: ['zhao'] },
  { name: 'thai', share: 0.002, variants: [] },
  { name: 'luu', share: 0.002, variants: ['liu'] },
  { name: 'tong', share: 0.002, variants: ['song'] },
  { name: 'quach', share: 0.002, variants: ['guo'] },
  { name: 'la', share: 0.001, variants: ['luo'] },
  { name: 'hua', share: 0.001, variants: ['xu'] },
  // The northern mountains (Hmong, Dao, Thai): see above.
  { name: 'lo', share: 0.005, variants: [] },
  { name: 'giang', share: 0.008, variants: ['zhang'] },
  { name: 'sung', share: 0.007, variants: ['song'] },
  { name: 'vang', share: 0.005, variants: ['wang'] },
  { name: 'thao', share: 0.006, variants: ['tao'] },
  { name: 'vi', share: 0.002, variants: ['wei'] },
  { name: 'lau', share: 0.003, variants: [] },
  { name: 'mua', share: 0.003, variants: [] },
  { name: 'cu', share: 0.002, variants: [] },
  { name: 'chao', share: 0.001, variants: [] },
  { name: 'deo', share: 0.001, variants: [] },
  { name: 'quang', share: 0.001, variants: [] },
  { name: 'cam', share: 0.001, variants: [] },
  { name: 'ban', share: 0.001, variants: [] },
  { name: 'me', share: 0.001, variants: [] },
  { name: 'hang', share: 0.002, variants: [] },
  { name: 'pao', share: 0.001, variants: [] },
  { name: 'hau', share: 0.001, variants: [] },
  // Tày, Nùng, Mường and Khmer families of the north and the Mekong delta.
  { name: 'nong', share: 0.002, variants: [] },
  { name: 'dam', share: 0.001, variants: [] },
  { name: 'ma', share: 0.001, variants: [] },
  { name: 'lang', share: 0.001, variants: [] },
  { name: 'luc', share: 0.001, variants: [] },
  { name: 'chu', share: 0.001, variants: [] },
  { name: 'thach', share: 0.001, variants: [] },
  { name: 'danh', share: 0.001, variants: [] },
  { name: 'chau', share: 0.001, variants: [] },
  { name: 'xa', share: 0.001, variants: [] },
];

/**
 * Given names common enough that a word which is also a family name (Mai, Hà, Giang, Thảo, Quang, Hằng…)
 * is as likely the given name: reading a name, such a word is the family name only when nothing likelier is.
 */
export const commonGivenNames: ReadonlySet<string> = new Set(
  (
    'lan huong hoa mai linh trang thao ha ngoc anh phuong huyen thuy nhung hang yen dung van nga thu giang ' +
    'ly duyen nhi quynh diep minh hung tuan nam hai long quang son thang duc cuong hieu phuc khanh tai binh ' +
    'trung thanh viet huy kien loc toan tan vinh lam vi su di chu pao an'
  ).split(' '),
);
