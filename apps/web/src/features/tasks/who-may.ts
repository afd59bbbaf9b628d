import type { WorklistTask } from '@lantern/domain';
import { hasPermission, type Session } from '../../lib/session';

/** Who works with tasks: the same permissions the server's routes ask (modules/worklist/routes.ts). */
export const taskWorkers = ['case.read', 'support.manage'];

/** The team's work is for supervisors: the same permission the server asks (modules/worklist/team.ts). */
export const overseesTeam = (session: Session) =>
  hasPermission(session, 'case.read') && hasPermission(session, 'case.read_restricted_notes');

/** Whether this reader may tick the task: the case's agency (who work on it), or the person it was given to. */
export function mayMark(session: Session, task: WorklistTask): boolean {
  if (task.assignee?.id === session.user.id) return true;
  return task.ownAgency && hasPermission(session, 'case.update', 'support.manage');
}
