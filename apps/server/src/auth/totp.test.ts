import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, newTotpSecret, timeStep, totpAt, verifyTotp } from './totp';

// RFC 6238 appendix B, SHA-1 column: secret "12345678901234567890", 8 digits.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
  ])('matches the RFC 6238 test vector at %i s', (seconds, expected) => {
    expect(totpAt(rfcSecret, timeStep(new Date(seconds * 1000)), 8)).toBe(expected);
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
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
});
