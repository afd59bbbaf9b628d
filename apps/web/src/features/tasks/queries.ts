import type { TaskAssignee, TaskList, TaskView, WorklistTask } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { caseKeys } from '../cases/queries';
import type { TasksSearch } from './search';

export const TASKS_PAGE_SIZE = 25;

export const taskKeys = {
  all: ['tasks'] as const,
  list: (search: TasksSearch) => ['tasks', 'list', search] as const,
  worklist: ['tasks', 'worklist'] as const,
};

export function useTaskList(search: TasksSearch) {
  const params = new URLSearchParams({
    assignee: search.assignee ?? 'me',
    status: search.status ?? 'open',
    limit: String(TASKS_PAGE_SIZE),
    offset: String(((search.page ?? 1) - 1) * TASKS_PAGE_SIZE),
  });
  return useQuery({
    queryKey: taskKeys.list(search),
    queryFn: () => api<TaskList>(`/api/tasks?${params}`),
  });
}

/** Marks a task done (or open again) from any list; the lists, the home and the case's own tab follow. */
export function useMarkTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { task: WorklistTask; done: boolean }) =>
      api(`/api/cases/${encodeURIComponent(input.task.case.id)}/tasks/${encodeURIComponent(input.task.id)}`, {
        method: 'PATCH',
        body: { done: input.done },
      }),
    onSuccess: (_answer, input) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(input.task.case.id, 'tasks') });
    },
  });
}

/** Who a task on this case may be given to (the server's rule); read only by the agency that owns the case. */
export function useTaskAssignees(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', 'assignees', caseId] as const,
    queryFn: () => api<TaskAssignee[]>(`/api/cases/${encodeURIComponent(caseId)}/task-assignees`),
    enabled,
    staleTime: 60_000,
  });
}

/** Adds a task to a case, given to someone or to nobody yet; the case's tab, its timeline and the lists follow. */
export function useAddCaseTask(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; dueOn?: string; assigneeId?: string }) =>
      api<TaskView>(`/api/cases/${encodeURIComponent(caseId)}/tasks`, { method: 'POST', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'tasks') });
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'timeline') });
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}
