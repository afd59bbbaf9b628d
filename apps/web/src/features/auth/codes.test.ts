import { describe, expect, it } from 'vitest';
import { groupSecret, isRecoveryCode, isTotpCode, normaliseCode, recoveryCodesText } from './codes';

describe('authenticator codes as people type them', () => {
  it('shows a secret in groups of four for typing by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });

  it('accepts a six-digit code typed with the space apps show, and nothing else', () => {
    expect(isTotpCode(normaliseCode(' 123 456 '))).toBe(true);
    expect(isTotpCode(normaliseCode('123-456'))).toBe(true);
    expect(isTotpCode(normaliseCode('12345'))).toBe(false);
    expect(isTotpCode(normaliseCode('12345a'))).toBe(false);
  });

  it('keeps the dashes of a recovery code but not stray spaces', () => {
    expect(isRecoveryCode('abcd-efgh-jk')).toBe(true);
    expect(isRecoveryCode('abc')).toBe(false);
  });

  it('writes recovery codes one a line, numbered, under a heading', () => {
    expect(recoveryCodesText(['aaaa-bbbb', 'cccc-dddd'], 'Lantern')).toBe(
      'Lantern\n\n 1. aaaa-bbbb\n 2. cccc-dddd\n',
    );
  });
});
