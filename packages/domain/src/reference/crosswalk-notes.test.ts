import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../i18n/locales';
import { classifyCrosswalkNote, crosswalkNoteKindLabel, crosswalkNoteKinds } from './crosswalk-notes';

describe('classifyCrosswalkNote', () => {
  // Every wording found in the official conversion table.
  it.each([
    ['Nhập toàn bộ', 'whole'],
    ['Nhập toàn bộ diện tích', 'whole-area'],
    ['Nhập một phần', 'partial'],
    ['Nhập một phần diện tích', 'partial'],
    ['Nhâp một phần diện tích', 'partial'],
    ['Nhập một phần dân số', 'partial'],
    ['Phần còn lại sau khi tách một phần vào xã Canh Vinh', 'partial'],
    ['Đổi tên từ một phần Phường 15', 'partial'],
    ['Đổi tên, đổi loại hình từ một phần thị trấn Lai Uyên', 'partial'],
    ['Nhập một phần diện tích, toàn bộ dân số', 'partial-area-whole-population'],
    ['Giữ nguyên', 'unchanged'],
    ['Đổi tên', 'renamed'],
    ['Đổi loại hình', 'retyped'],
    ['Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo', 'to-special-zone'],
    ['Sắp xếp toàn bộ xã Thổ Châu thành đặc khu Thổ Châu', 'to-special-zone'],
  ])('%s → %s', (note, kind) => {
    expect(classifyCrosswalkNote(note)).toBe(kind);
  });

  it('does not guess at unseen wording', () => {
    expect(classifyCrosswalkNote('Giải thể')).toBeUndefined();
    expect(classifyCrosswalkNote('')).toBeUndefined();
  });

  it('labels every kind in every language', () => {
    for (const kind of crosswalkNoteKinds) {
      for (const locale of supportedLocales) {
        expect(crosswalkNoteKindLabel(kind, locale).trim(), `${kind} ${locale}`).not.toBe('');
      }
    }
  });
});
