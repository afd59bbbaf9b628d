import type { Permission } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context/request-context';
import { mayReadNote } from './note-visibility';

const reader = (userId: string, roles: string[], permissions: Permission[]) =>
  ({ actor: { userId, roles, permissions } }) as unknown as RequestContext;

const worker = reader('w', ['case_worker'], ['case.read', 'case.read_identity']);
const supervisor = reader(
  's',
  ['supervisor'],
  ['case.read', 'case.read_identity', 'case.read_restricted_notes'],
);
const psychologist = reader('p', ['psychologist'], ['case.read_restricted_notes']);
const note = (sensitivity: 'normal' | 'restricted', restrictedToRoles: string[] = [], authorId = 'a') => ({
  sensitivity,
  authorId,
  restrictedToRoles,
});

describe('mayReadNote', () => {
  it.each([
    ['a normal note, anyone', worker, note('normal'), true],
    ['a restricted note, without the permission', worker, note('restricted'), false],
    [
      'a restricted note, its author without the permission',
      worker,
      note('restricted', ['supervisor'], 'w'),
      true,
    ],
    ['a restricted note open to all readers, with the permission', supervisor, note('restricted'), true],
    ['a note for supervisors, a supervisor', supervisor, note('restricted', ['supervisor']), true],
    ['a note for psychologists, a supervisor', supervisor, note('restricted', ['psychologist']), false],
    ['a note for psychologists, a psychologist', psychologist, note('restricted', ['psychologist']), true],
    [
      'a note for supervisors, anonymous',
      { actor: null } as unknown as RequestContext,
      note('normal'),
      false,
    ],
  ])('%s → %s', (_, ctx, facts, expected) => {
    expect(mayReadNote(ctx, facts)).toBe(expected);
  });
});
