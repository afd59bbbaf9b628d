import { can } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';

export interface NoteAccessFacts {
  sensitivity: 'normal' | 'restricted';
  authorId: string;
  restrictedToRoles: readonly string[];
}

/**
 * Who may read a note. A restricted note (a disclosure of sexual violence, a safety threat) is readable by
 * its author, and by holders of case.read_restricted_notes who — when the note names roles — hold one of
 * them. Everyone else does not learn that it exists: no placeholder, no timeline line (a "hidden note"
 * marker would itself tell a colleague that something sensitive was disclosed). The row-level security
 * policy applies the permission part; this adds the roles.
 */
export function mayReadNote(ctx: RequestContext, note: NoteAccessFacts): boolean {
  const actor = ctx.actor;
  if (!actor) return false;
  if (note.sensitivity === 'normal' || note.authorId === actor.userId) return true;
  if (!can(ctx, 'case.read_restricted_notes')) return false;
  return (
    note.restrictedToRoles.length === 0 || note.restrictedToRoles.some((role) => actor.roles.includes(role))
  );
}

export const noteContext = (caseId: string, noteId: string) => `case:${caseId}:note:${noteId}`;
