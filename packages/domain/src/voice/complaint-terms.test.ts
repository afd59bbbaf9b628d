import { describe, expect, it } from 'vitest';
import { formatReceiptCode, normaliseReceiptCode, receiptCodeFrom } from './complaint-terms';

describe('receipt codes', () => {
  it.each([
    ['KN-7HQ2M-4WXRT', '7HQ2M4WXRT'],
    [' kn 7hq2m 4wxrt ', '7HQ2M4WXRT'],
    ['7HQ2M4WXRT', '7HQ2M4WXRT'],
    // A code that itself begins with K and N keeps them when typed without the prefix.
    ['KNQ2M4WXRT', 'KNQ2M4WXRT'],
    ['KN-KNQ2M-4WXRT', 'KNQ2M4WXRT'],
    ['KN-0HQ2M-4WXRT', undefined], // 0 is not in the alphabet (read as O)
    ['KN-7HQ2M-4WXR', undefined],
    ['', undefined],
  ])('%j is read as %j', (typed, expected) => {
    expect(normaliseReceiptCode(typed)).toBe(expected);
  });

  it('draws ten characters of the alphabet, shown as KN-XXXXX-XXXXX', () => {
    const code = receiptCodeFrom(new Uint8Array(Array.from({ length: 32 }, (_, i) => i * 7)));
    expect(code).toHaveLength(10);
    expect(normaliseReceiptCode(formatReceiptCode(code))).toBe(code);
  });

  it('refuses to draw from too few usable bytes', () => {
    expect(() => receiptCodeFrom(new Uint8Array(5))).toThrow();
  });
});
