import { z } from 'zod';
import { caseStates } from '../cases/lifecycle';
import { taskViewSchema } from './case-work';
import { pagedListSchema } from './lists';

/**
 * The signed-in home (GET /api/worklist) and "my tasks" across cases (GET /api/tasks). Every list on the
 * home is bounded (at most WORKLIST_LIMIT rows, `hasMore` when more follow) and never counted in full.
 */
export const WORKLIST_LIMIT = 20;
/** The team lists of a supervisor read a little further, so the per-worker summary is worth reading. */
export const TEAM_LIST_LIMIT = 50;

const caseRef = z.object({ id: z.string(), code: z.string() });
const staffRef = z.object({ id: z.string(), displayName: z.string() });

/** A task with the case it belongs to; `ownAgency` is false for a task of a case shared with the reader's agency. */
export const worklistTaskSchema = taskViewSchema.extend({ case: caseRef, ownAgency: z.boolean() });
export type WorklistTask = z.infer<typeof worklistTaskSchema>;

/** An open case with the Law's verification deadline (null once verification was decided). */
export const worklistCaseSchema = z.object({
  id: z.string(),
  code: z.string(),
  state: z.enum(caseStates),
  receivedOn: z.string(),
  verificationDueOn: z.string().nullable(),
  overdue: z.boolean(),
  /** Who registered it: for a supervisor, whose case it is. */
  worker: staffRef.nullable(),
});
export type WorklistCase = z.infer<typeof worklistCaseSchema>;

const bounded = <Item extends z.ZodType>(item: Item) =>
  z.object({ items: z.array(item), hasMore: z.boolean() });

export const worklistSchema = z.object({
  /** Open cases the reader registered for their agency, those awaiting verification first, soonest due first. */
  myCases: bounded(worklistCaseSchema),
  /** Open tasks assigned to the reader, soonest due first (overdue ones lead). */
  myTasks: bounded(worklistTaskSchema),
  /** For supervisors only (null otherwise): the agency's cases past their deadline and its overdue tasks. */
  team: z
    .object({
      lateCases: bounded(worklistCaseSchema),
      overdueTasks: bounded(worklistTaskSchema),
    })
    .nullable(),
});
export type Worklist = z.infer<typeof worklistSchema>;

export const taskAssigneeFilters = ['me', 'team'] as const;
export const taskStatusFilters = ['open', 'overdue', 'done'] as const;

export const taskListQuerySchema = z.object({
  /** me: assigned to the reader; team: every task of the agency's cases (supervisors). */
  assignee: z.enum(taskAssigneeFilters).default('me'),
  /** open: not done (overdue included); overdue: past its due day; done. */
  status: z.enum(taskStatusFilters).default('open'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

export const taskListSchema = pagedListSchema(worklistTaskSchema);
export type TaskList = z.infer<typeof taskListSchema>;

/** Someone a task on a case may be given to: the owning agency's staff, and those of agencies working on it. */
export const taskAssigneeSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  ownAgency: z.boolean(),
});
export type TaskAssignee = z.infer<typeof taskAssigneeSchema>;
