import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  newTotpSecret,
  otpauthUri,
  type TotpAlgorithm,
  timeStep,
  totpAt,
  verifyTotp,
} from './totp';

// RFC 6238 appendix B: each algorithm has its own seed (the ASCII digits repeated to the hash's length), 8 digits.
const rfcSeeds: Record<TotpAlgorithm, string> = {
  SHA1: base32Encode(Buffer.from('12345678901234567890')),
  SHA256: base32Encode(Buffer.from('12345678901234567890123456789012')),
  SHA512: base32Encode(Buffer.from('1234567890123456789012345678901234567890123456789012345678901234')),
};

describe('TOTP', () => {
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ])('matches the RFC 6238 test vectors at %i s', (seconds, sha1, sha256, sha512) => {
    const step = timeStep(new Date(seconds * 1000));
    expect(totpAt(rfcSeeds.SHA1, step, 8, 'SHA1')).toBe(sha1);
    expect(totpAt(rfcSeeds.SHA256, step, 8, 'SHA256')).toBe(sha256);
    expect(totpAt(rfcSeeds.SHA512, step, 8, 'SHA512')).toBe(sha512);
  });

  it('gives authenticator apps their default: the SHA-1 code, last six digits', () => {
    expect(totpAt(rfcSeeds.SHA1, timeStep(new Date(59_000)))).toBe('287082');
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
  });

  it('makes a fresh 160-bit secret each time', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('accepts the current code and one step of skew, nothing further', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-11-28T10:00:10Z');
    const step = timeStep(now);
    expect(verifyTotp(secret, totpAt(secret, step), now, null)).toBe(step);
    expect(verifyTotp(secret, totpAt(secret, step - 1), now, null)).toBe(step - 1);
    expect(verifyTotp(secret, totpAt(secret, step + 1), now, null)).toBe(step + 1);
    expect(verifyTotp(secret, totpAt(secret, step - 2), now, null)).toBeNull();
    expect(verifyTotp(secret, totpAt(secret, step + 2), now, null)).toBeNull();
  });

  it('never accepts a code of a step already used', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-11-28T10:00:10Z');
    const step = timeStep(now);
    expect(verifyTotp(secret, totpAt(secret, step), now, step)).toBeNull();
    expect(verifyTotp(secret, totpAt(secret, step - 1), now, step)).toBeNull();
    expect(verifyTotp(secret, totpAt(secret, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses, without throwing, a code that is not six ASCII digits', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-11-28T10:00:10Z');
    const code = totpAt(secret, timeStep(now));
    // Arabic-Indic digits: six characters, twelve bytes.
    const arabic = [...code].map((digit) => String.fromCharCode(0x0660 + Number(digit))).join('');
    expect(verifyTotp(secret, arabic, now, null)).toBeNull();
    expect(verifyTotp(secret, `${code}0`, now, null)).toBeNull();
    expect(verifyTotp(secret, '', now, null)).toBeNull();
  });

  it('writes the enrolment URI authenticator apps read', () => {
    const secret = newTotpSecret();
    const uri = new URL(otpauthUri(secret, 'lan.nguyen'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Lantern:lan.nguyen');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret,
      issuer: 'Lantern',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
