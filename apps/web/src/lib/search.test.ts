import { describe, expect, it } from 'vitest';
import { auditSearch, signInSearch } from './search';
import { safeNextPath } from './session';

describe('where sign-in continues', () => {
  it('follows a path on this site', () => {
    expect(safeNextPath('/admin/users?status=all')).toBe('/admin/users?status=all');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    42,
    undefined,
  ])('never leaves the site for %j', (next) => {
    expect(safeNextPath(next)).toBeUndefined();
  });

  it('does not send a signed-in user back into the sign-in steps', () => {
    expect(safeNextPath('/sign-in?next=%2Fsign-in')).toBeUndefined();
    expect(safeNextPath('/mfa/verify')).toBeUndefined();
    expect(safeNextPath('/set-password?token=abc')).toBeUndefined();
  });

  it('keeps only the notices the page knows', () => {
    expect(signInSearch({ notice: 'signed_out', next: '/audit' })).toEqual({
      notice: 'signed_out',
      next: '/audit',
    });
    expect(signInSearch({ notice: '<b>hi</b>', next: '//x' })).toEqual({});
  });
});

describe('audit filters from the address', () => {
  it('keeps known filters as trimmed text, numbers included', () => {
    expect(
      auditSearch({ resourceType: 'user', resourceId: 42, action: '  auth.sign_in ', beforeSeq: 9, x: 'y' }),
    ).toEqual({
      resourceType: 'user',
      resourceId: '42',
      action: 'auth.sign_in',
    });
  });

  it('drops empty values', () => {
    expect(auditSearch({ actorUserId: '', from: '   ' })).toEqual({});
  });
});
