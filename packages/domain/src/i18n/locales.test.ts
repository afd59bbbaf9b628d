import { describe, expect, it } from 'vitest';
import { directionOf, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.4', 'ar'],
    ['de, *;q=0.1', 'vi'],
    ['en;q=0.2, vi;q=0.8', 'vi'],
    ['en;q=0, ar', 'ar'],
    [';;;,,q=abc', 'vi'],
    ['AR-eg', 'ar'],
  ])('Accept-Language %j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('directionOf', () => {
  it('is right-to-left only for Arabic', () => {
    expect([directionOf('vi'), directionOf('en'), directionOf('ar')]).toEqual(['ltr', 'ltr', 'rtl']);
  });
});
