import type { WorklistCase, WorklistTask } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { loadPerWorker } from './team-summary';

const lan = { id: 'u1', displayName: 'Lan' };
const minh = { id: 'u2', displayName: 'Minh' };
const lateCase = (worker: typeof lan) => ({ worker }) as WorklistCase;
const overdueTask = (assignee: typeof lan | null) => ({ assignee }) as WorklistTask;

describe('loadPerWorker', () => {
  it('adds up late cases and overdue tasks per person, the most behind first', () => {
    expect(
      loadPerWorker(
        [lateCase(lan), lateCase(minh), lateCase(minh)],
        [overdueTask(lan), overdueTask(minh), overdueTask(null)],
      ),
    ).toEqual([
      { worker: minh, lateCases: 2, overdueTasks: 1 },
      { worker: lan, lateCases: 1, overdueTasks: 1 },
      { worker: null, lateCases: 0, overdueTasks: 1 },
    ]);
  });

  it('orders people equally behind by name, unassigned work last', () => {
    expect(
      loadPerWorker([], [overdueTask(null), overdueTask(minh), overdueTask(lan)]).map((row) => row.worker),
    ).toEqual([lan, minh, null]);
  });

  it('is empty when nobody is behind', () => {
    expect(loadPerWorker([], [])).toEqual([]);
  });
});
