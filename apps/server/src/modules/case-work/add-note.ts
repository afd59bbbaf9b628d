import type { FieldError, NoteView } from '@lantern/domain';
import { inArray } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseNotes, roles } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { addCaseEvent, ownedCase, personRef, staffNames } from './case-in-work';
import { noteContext } from './note-visibility';

export interface AddNoteInput {
  body: string;
  sensitivity: 'normal' | 'restricted';
  restrictedToRoles: string[];
}

/** Roles named on a restricted note must exist and be able to read restricted notes at all. */
async function checkRoles(tx: Tx, input: AddNoteInput): Promise<FieldError[]> {
  if (input.restrictedToRoles.length === 0) return [];
  if (input.sensitivity !== 'restricted')
    return [{ field: 'restrictedToRoles', code: 'only_for_restricted', message: '' }];
  const found = await tx
    .select({ code: roles.code, permissions: roles.permissions })
    .from(roles)
    .where(inArray(roles.code, input.restrictedToRoles));
  const readers = new Set(
    found.filter((role) => role.permissions.includes('case.read_restricted_notes')).map((role) => role.code),
  );
  return input.restrictedToRoles.flatMap((code, index) =>
    readers.has(code)
      ? []
      : [{ field: `restrictedToRoles.${index}`, code: 'role_cannot_read_restricted', message: '' }],
  );
}

/**
 * Adds a note to the case. The body is sealed, bound to the note's id; the timeline and the audit trail
 * record that a note was added, never what it says.
 */
export async function addNote(ctx: RequestContext, caseId: string, input: AddNoteInput): Promise<NoteView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const problems = await checkRoles(tx, input);
    if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
    const id = newId();
    const restrictedToRoles = [...new Set(input.restrictedToRoles)];
    const createdAt = new Date();
    await tx.insert(caseNotes).values({
      id,
      caseId,
      authorId: actor.userId,
      sensitivity: input.sensitivity,
      restrictedToRoles,
      bodySealed: ctx.secrets.seal(input.body, noteContext(caseId, id)),
      createdAt,
    });
    await addCaseEvent(tx, ctx, caseId, 'note.added', { note: id, sensitivity: input.sensitivity });
    await recordAudit(tx, ctx, {
      action: 'case.note_add',
      resourceType: 'case',
      resourceId: caseId,
      details: { note: id, sensitivity: input.sensitivity, roles: restrictedToRoles.join(',') },
    });
    const names = await staffNames(tx, [actor.userId]);
    return {
      id,
      body: input.body,
      sensitivity: input.sensitivity,
      restrictedToRoles,
      author: personRef(names, actor.userId),
      createdAt: createdAt.toISOString(),
    };
  });
}
