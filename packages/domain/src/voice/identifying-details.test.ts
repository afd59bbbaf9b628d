import { describe, expect, it } from 'vitest';
import { detectIdentifyingDetails, type IdentifyingKind, redactDetails } from './identifying-details';

const found = (text: string) => detectIdentifyingDetails(text).map((d) => [d.kind, d.text]);

// Fixture stories with planted identifiers, in Vietnamese with diacritics and typed without them.
const withDiacritics =
  'Tôi là Nguyễn Thị Lan, quê ở xã Tân Lập, tỉnh Hà Giang. Năm 2019 chị Hoa giới thiệu việc làm. ' +
  'Số của tôi là 0912 345 678, CCCD 001190012345, email lan.nguyen@gmail.com. ' +
  'Người môi giới tên Trần Văn Hùng, hộ chiếu C1234567, gọi từ +84 98 765 4321. Sau đó tôi về Lào Cai.';
const withoutDiacritics =
  'Toi la Nguyen Thi Lan, que o xa Tan Lap, tinh Ha Giang. Nam 2019 chi Hoa gioi thieu viec lam. ' +
  'So cua toi la 0912.345.678, CCCD 001 190 012 345, email lan.nguyen@gmail.com. ' +
  'Nguoi moi gioi ten Tran Van Hung, ho chieu C1234567, goi tu 84987654321. Sau do toi ve Lao Cai.';

const planted = (lan: string, hung: string): [IdentifyingKind, string][] => [
  ['name', lan],
  ['name', hung],
  ['email', 'lan.nguyen@gmail.com'],
  ['id_number', 'C1234567'],
];

describe('detectIdentifyingDetails', () => {
  it('finds every planted identifier in a story with diacritics', () => {
    const details = found(withDiacritics);
    for (const item of planted('Nguyễn Thị Lan', 'Trần Văn Hùng')) expect(details).toContainEqual(item);
    expect(details).toContainEqual(['name', 'Hoa']);
    expect(details).toContainEqual(['place', 'Tân Lập']);
    expect(details).toContainEqual(['place', 'Hà Giang']);
    expect(details).toContainEqual(['place', 'Lào Cai']);
    expect(details).toContainEqual(['phone', '0912 345 678']);
    expect(details).toContainEqual(['phone', '+84 98 765 4321']);
    expect(details).toContainEqual(['id_number', '001190012345']);
  });

  it('finds the same identifiers typed without diacritics', () => {
    const details = found(withoutDiacritics);
    for (const item of planted('Nguyen Thi Lan', 'Tran Van Hung')) expect(details).toContainEqual(item);
    expect(details).toContainEqual(['name', 'Hoa']);
    expect(details).toContainEqual(['place', 'Tan Lap']);
    expect(details).toContainEqual(['place', 'Ha Giang']);
    expect(details).toContainEqual(['place', 'Lao Cai']);
    expect(details).toContainEqual(['phone', '0912.345.678']);
    expect(details).toContainEqual(['phone', '84987654321']);
    expect(details).toContainEqual(['id_number', '001 190 012 345']);
  });

  it('leaves ordinary words alone: lower-case family-name look-alikes, years and amounts', () => {
    expect(found('Đó là lý do tôi đi. Năm 2019 tôi trả 15.000.000 đồng, lê bước về nhà.')).toEqual([]);
  });

  it('reads a form of address at the start of a sentence as a person, not a place', () => {
    expect(found('Chị Hoa rủ tôi đi.')).toEqual([['name', 'Hoa']]);
  });

  it('gives offsets into the text as typed, so highlights land on the words', () => {
    const text = 'Gặp anh Tuấn ở Hà Nội.';
    for (const detail of detectIdentifyingDetails(text))
      expect(text.slice(detail.start, detail.end)).toBe(detail.text);
    expect(found(text)).toEqual([
      ['name', 'Tuấn'],
      ['place', 'Hà Nội'],
    ]);
  });

  it('redacts what it found, leaving the rest of the story', () => {
    const text = 'Chị Mai gọi 0987654321 từ Hải Phòng.';
    const redacted = redactDetails(text, detectIdentifyingDetails(text), (kind) => `[${kind}]`);
    expect(redacted).toBe('Chị [name] gọi [phone] từ [place].');
    expect(detectIdentifyingDetails(redacted)).toEqual([]);
  });
});
