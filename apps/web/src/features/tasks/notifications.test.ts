import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeTaskNotification } from './notifications';

const t = ((key: string, values: Record<string, string>) => `${key}:${values.code}`) as unknown as TFunction;

describe('describeTaskNotification', () => {
  it.each([
    ['task_assigned', 'worklist.notifications.task_assigned:LT-42-2026-000001'],
    ['task_due', 'worklist.notifications.task_due:LT-42-2026-000001'],
    ['task_overdue', 'worklist.notifications.task_overdue:LT-42-2026-000001'],
  ])('%s names the case by its code', (kind, expected) => {
    expect(describeTaskNotification({ kind, data: { caseCode: 'LT-42-2026-000001' } }, t)).toBe(expected);
  });

  it('leaves other kinds to their own describers', () => {
    expect(describeTaskNotification({ kind: 'referral_received', data: {} }, t)).toBeNull();
  });
});
