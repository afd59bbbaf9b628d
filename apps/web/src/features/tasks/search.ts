// The "My tasks" page's search parameters, read defensively from the address. Kept free of imports: the
// router loads it with the first screen.

export interface TasksSearch {
  assignee?: 'team';
  status?: 'overdue' | 'done';
  page?: number;
}

/** Mine and open are the defaults, so the plain address is what a worker opens every morning. */
export function tasksSearch(search: Record<string, unknown>): TasksSearch {
  const page = Number(search.page);
  return {
    ...(search.assignee === 'team' ? { assignee: 'team' as const } : {}),
    ...(search.status === 'overdue' || search.status === 'done' ? { status: search.status } : {}),
    ...(Number.isInteger(page) && page > 1 && page < 10_000 ? { page } : {}),
  };
}
