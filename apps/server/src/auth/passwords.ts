import { createRequire } from 'node:module';
import { foldVietnamese } from '@lantern/domain';
import { hash, verify } from '@node-rs/argon2';

// OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane): ~20 ms here.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Verifying against this when the account does not exist keeps the time of a failed sign-in the same
// for unknown users and wrong passwords.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('lantern-timing-equaliser');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

// Passwords seen often in Vietnamese breach data and guesses specific to this system; the bundled list
// (Mozilla's, from the 10-million-password corpus) covers the international ones.
const LOCAL_COMMON = [
  'matkhau',
  'matkhau123',
  'anhyeuem',
  'anhyeuem123',
  'emyeuanh',
  'iloveyou',
  'vietnam',
  'vietnam123',
  'hanoi123',
  'saigon123',
  'nguyen123',
  'lantern',
  'lantern123',
  'qwertyuiop',
  '1234567890',
  '123456789',
  '12345678',
  '88888888',
  '66666666',
  'abc123456',
  'password',
  'password123',
  'admin123',
  'admin@123',
];

let commonList: { test(password: string): boolean } | undefined;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_username';

/**
 * ASVS 5 / NIST: at least 8 characters (15 or more recommended), at most 128, no composition rules, and
 * refused when it is a known common or breached password or is built on the username.
 */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  if ([...password].length < 8) return 'too_short';
  if ([...password].length > 128) return 'too_long';
  const folded = foldVietnamese(password).replace(/\s+/g, '');
  commonList ??= createRequire(import.meta.url)('fxa-common-password-list') as {
    test(password: string): boolean;
  };
  if (LOCAL_COMMON.includes(folded) || commonList.test(password) || commonList.test(password.toLowerCase())) {
    return 'common';
  }
  if (username && username.length >= 3 && folded.includes(foldVietnamese(username)))
    return 'contains_username';
  return null;
}
