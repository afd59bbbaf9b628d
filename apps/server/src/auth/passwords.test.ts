import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwordProblem', () => {
  it.each([
    ['short1', 'too_short'],
    ['x'.repeat(129), 'too_long'],
    ['password1', 'common'],
    ['Matkhau123', 'common'],
    ['anh yeu em', 'common'],
    ['qwerty123', 'common'],
    ['lan.nguyen-2026!', 'contains_username'],
  ])('%j → %s', (password, problem) => {
    expect(passwordProblem(password, 'lan.nguyen')).toBe(problem);
  });

  it.each(['correct horse battery staple', 'Hoa sen nở giữa đầm', 'tám ký tự'])(
    'accepts the passphrase %j',
    (p) => {
      expect(passwordProblem(p, 'lan.nguyen')).toBeNull();
    },
  );

  it('imposes no composition rules: a long lowercase phrase is fine', () => {
    expect(passwordProblem('the river runs past the school', 'officer')).toBeNull();
  });
});

describe('argon2id hashing', () => {
  it('verifies the right password only, and hashes with argon2id', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });
});
