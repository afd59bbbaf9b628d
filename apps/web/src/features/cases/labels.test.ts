import { describe, expect, it } from 'vitest';
import { deadlineTone, verificationDeadline } from './labels';

describe('verification deadline', () => {
  it.each([
    ['received', '2026-03-15', '2026-03-13', { kind: 'left', days: 2 }],
    ['under_verification', '2026-03-15', '2026-03-14', { kind: 'left', days: 1 }],
    ['received', '2026-03-15', '2026-03-15', { kind: 'today' }],
    ['received', '2026-03-15', '2026-03-16', { kind: 'overdue', days: 1 }],
    ['under_verification', '2026-02-27', '2026-03-02', { kind: 'overdue', days: 3 }],
    ['identified', '2026-03-15', '2026-03-20', { kind: 'none' }],
    ['closed', '2026-03-15', '2026-03-10', { kind: 'none' }],
  ] as const)('%s due %s, today %s → %o', (state, dueOn, today, expected) => {
    expect(verificationDeadline(state, dueOn, today)).toEqual(expected);
  });

  it('is never shown by colour alone: overdue is negative, the last day a warning', () => {
    expect(deadlineTone({ kind: 'overdue', days: 1 })).toBe('negative');
    expect(deadlineTone({ kind: 'today' })).toBe('warning');
    expect(deadlineTone({ kind: 'left', days: 1 })).toBe('warning');
    expect(deadlineTone({ kind: 'left', days: 3 })).toBe('info');
  });
});
