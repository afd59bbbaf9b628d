import { describe, expect, it } from 'vitest';
import { taskStatus } from './task-view';

describe('taskStatus', () => {
  const today = '2026-11-25';
  it.each([
    [{ doneAt: null, dueOn: null }, 'open'],
    [{ doneAt: null, dueOn: '2026-11-26' }, 'open'],
    [{ doneAt: null, dueOn: today }, 'open'],
    [{ doneAt: null, dueOn: '2026-11-24' }, 'overdue'],
    [{ doneAt: new Date('2026-11-20T03:00:00Z'), dueOn: '2026-11-01' }, 'done'],
    [{ doneAt: new Date('2026-11-20T03:00:00Z'), dueOn: null }, 'done'],
  ] as const)('%o → %s', (task, expected) => {
    expect(taskStatus(task, today)).toBe(expected);
  });
});
