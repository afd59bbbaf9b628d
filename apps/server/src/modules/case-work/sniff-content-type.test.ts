import { describe, expect, it } from 'vitest';
import { sniffContentType } from './sniff-content-type';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );

describe('sniffContentType', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ'), 'application/pdf'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'image/png'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['plain text', bytes('hello, this is not an image'), null],
    ['HTML', bytes('<!doctype html><script>alert(1)</script>'), null],
    ['a RIFF that is not WebP (WAV)', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), null],
    ['a PNG signature cut short', bytes([0x89, 0x50, 0x4e, 0x47]), null],
    ['"%PDF" without the dash', bytes('%PDF'), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_, content, expected) => {
    expect(sniffContentType(content)).toBe(expected);
  });
});
