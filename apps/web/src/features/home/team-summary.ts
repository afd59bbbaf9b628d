import type { WorklistCase, WorklistTask } from '@lantern/domain';

export interface WorkerLoad {
  /** null: tasks nobody was given. */
  worker: { id: string; displayName: string } | null;
  lateCases: number;
  overdueTasks: number;
}

/**
 * The team's late work per person, the most behind first (then by name), from the bounded lists the server
 * sent: a supervisor sees at a glance whom to help. Counts are of those lists only; the page says when more exist.
 */
export function loadPerWorker(
  lateCases: readonly WorklistCase[],
  overdueTasks: readonly WorklistTask[],
): WorkerLoad[] {
  const byWorker = new Map<string, WorkerLoad>();
  const entry = (worker: WorkerLoad['worker']) => {
    const key = worker?.id ?? '';
    const found = byWorker.get(key) ?? { worker, lateCases: 0, overdueTasks: 0 };
    byWorker.set(key, found);
    return found;
  };
  for (const kase of lateCases) entry(kase.worker).lateCases += 1;
  for (const task of overdueTasks) entry(task.assignee).overdueTasks += 1;
  return [...byWorker.values()].sort(
    (a, b) =>
      b.lateCases + b.overdueTasks - (a.lateCases + a.overdueTasks) ||
      (a.worker?.displayName ?? '\uffff').localeCompare(b.worker?.displayName ?? '\uffff'),
  );
}
