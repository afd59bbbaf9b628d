import { TEAM_LIST_LIMIT, todayInVietNam, WORKLIST_LIMIT, type Worklist } from '@lantern/domain';
import { and, type SQL } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { splitPage } from '../../db/bounded-count';
import { lateCases, myOpenCases, readCases } from './case-rows';
import { myTasks, readTasks, taskOrder, taskStatusWhere, teamTasks } from './task-rows';
import { overseesTeam } from './team';

const bounded = <Row>(rows: Row[], limit: number) => {
  const { rows: items, hasMore } = splitPage(rows, limit);
  return { items, hasMore };
};

/**
 * The signed-in home: my open cases with the Law's verification deadline, my open tasks, and for a supervisor
 * the agency's cases past their deadline and its overdue tasks. Each list reads one row past its limit (so
 * "more" is known) and nothing is counted. Task titles are sealed free text that may name people: reading
 * them is audited, once for the whole page.
 */
export async function readWorklist(ctx: RequestContext, today = todayInVietNam()): Promise<Worklist> {
  authorize(ctx, 'case.read', 'support.manage');
  return ctx.transaction(async (tx) => {
    const page = { today, limit: WORKLIST_LIMIT + 1 };
    const mine = can(ctx, 'case.read') ? await readCases(tx, ctx, myOpenCases(ctx), page) : [];
    const tasks = await readTasks(
      tx,
      ctx,
      and(myTasks(ctx), taskStatusWhere('open', today)) as SQL,
      taskOrder('open'),
      page,
    );
    let team: Worklist['team'] = null;
    if (overseesTeam(ctx)) {
      const teamPage = { today, limit: TEAM_LIST_LIMIT + 1 };
      const late = await readCases(tx, ctx, lateCases(ctx, today), teamPage);
      const overdue = await readTasks(
        tx,
        ctx,
        and(teamTasks(ctx), taskStatusWhere('overdue', today)) as SQL,
        taskOrder('overdue'),
        teamPage,
      );
      team = { lateCases: bounded(late, TEAM_LIST_LIMIT), overdueTasks: bounded(overdue, TEAM_LIST_LIMIT) };
    }
    const worklist: Worklist = {
      myCases: bounded(mine, WORKLIST_LIMIT),
      myTasks: bounded(tasks, WORKLIST_LIMIT),
      team,
    };
    const titlesShown = worklist.myTasks.items.length + (worklist.team?.overdueTasks.items.length ?? 0);
    if (titlesShown > 0)
      await recordAudit(tx, ctx, { action: 'worklist.view', details: { tasks: titlesShown } });
    return worklist;
  });
}
