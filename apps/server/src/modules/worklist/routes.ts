import { z } from '@hono/zod-openapi';
import {
  idParamSchema,
  taskAssigneeSchema,
  taskListQuerySchema,
  taskListSchema,
  worklistSchema,
} from '@lantern/domain';
import { anyOf, moduleRoutes } from '../../access/route-access';
import { answer, scopedErrors } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { listAssignees } from '../case-work/list-assignees';
import { listMyTasks } from './list-my-tasks';
import { readWorklist } from './read-worklist';

const route = moduleRoutes(['Worklist'], scopedErrors);
/** Those who work on cases: case workers and supervisors, and support staff with the tasks given to them. */
const workers = anyOf('case.read', 'support.manage');

const r = {
  worklist: route(workers, {
    method: 'get',
    path: '/api/worklist',
    summary:
      'The signed-in home: my open cases with their verification deadline, my open tasks; for supervisors the team’s late cases and overdue tasks (bounded lists, task titles audited)',
    responses: { 200: answer('Worklist', worklistSchema) },
  }),
  tasks: route(workers, {
    method: 'get',
    path: '/api/tasks',
    summary:
      'Tasks across cases: assigned to me, or (supervisors) every task of the agency’s cases; open, overdue or done; paged',
    request: { query: taskListQuerySchema },
    responses: { 200: answer('Tasks', taskListSchema) },
  }),
  assignees: route(anyOf('case.update', 'support.manage'), {
    method: 'get',
    path: '/api/cases/{id}/task-assignees',
    summary:
      'Who a task on your agency’s case may be given to: your agency’s staff, and those of agencies it is shared with (or referred to with its notes)',
    request: { params: idParamSchema },
    responses: { 200: answer('People', z.array(taskAssigneeSchema)) },
  }),
};

export const worklistRoutes = createRouter()
  .openapi(r.worklist, async (c) => c.json(await readWorklist(c.get('ctx')), 200))
  .openapi(r.tasks, async (c) => c.json(await listMyTasks(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(r.assignees, async (c) => c.json(await listAssignees(c.get('ctx'), c.req.valid('param').id), 200));
