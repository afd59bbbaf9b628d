import { can } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';

/**
 * Who sees the team's worklist: whoever may read every note of the agency's cases (supervisors) and works on
 * them. Decided by permission, not by the name of a role, so an installation's own roles work the same.
 */
export function overseesTeam(ctx: RequestContext): boolean {
  return can(ctx, 'case.read') && can(ctx, 'case.read_restricted_notes');
}
