// RFC 4226/6238 arithmetic and base32 come from otpauth (docs/decisions/0004); what stays ours is the policy:
// which steps a code may belong to, that a code is good once only, and what the enrolment URI says.
import { HOTP, Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export function base32Encode(buffer: Uint8Array): string {
  // A copy: a small Buffer is a view into a shared pool, and Secret would take the whole pool.
  return new Secret({ buffer: new Uint8Array(buffer).buffer }).base32;
}

export function base32Decode(text: string): Buffer {
  return Buffer.from(Secret.fromBase32(text).bytes);
}

/** A new 160-bit secret (RFC 4226 recommends at least 128), base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function timeStep(at: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: at.getTime() });
}

/**
 * The code of a time step: RFC 6238 TOTP is RFC 4226 HOTP over the step number. Authenticator apps use
 * HMAC-SHA1 and 6 digits; the other algorithms and lengths exist for the RFC's test vectors.
 */
export function totpAt(
  secret: string,
  step: number,
  digits = TOTP_DIGITS,
  algorithm: TotpAlgorithm = 'SHA1',
): string {
  return HOTP.generate({ secret: Secret.fromBase32(secret), counter: step, digits, algorithm });
}

/**
 * Finds the step a code belongs to, allowing one step of clock skew either way. Returns the step (so the
 * caller can refuse its reuse) or null. Steps at or before `lastUsedStep` are never accepted: a code is
 * good once only.
 */
export function verifyTotp(
  secret: string,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): number | null {
  // The library compares bytes in constant time and throws when their counts differ (a non-ASCII digit).
  if (!/^[0-9]{6}$/.test(code)) return null;
  const key = Secret.fromBase32(secret);
  const now = timeStep(at);
  for (const step of [now, now - 1, now + 1]) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (HOTP.validate({ token: code, secret: key, counter: step, digits: TOTP_DIGITS, window: 0 }) === 0) {
      return step;
    }
  }
  return null;
}

export function otpauthUri(secret: string, account: string, issuer = 'Lantern'): string {
  return new TOTP({
    issuer,
    label: account,
    secret,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}
