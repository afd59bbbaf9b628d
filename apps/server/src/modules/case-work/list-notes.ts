import type { NoteView } from '@lantern/domain';
import { desc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseNotes } from '../../db/schema';
import { caseForIdentity, personRef, staffNames } from './case-in-work';
import { mayReadNote, noteContext } from './note-visibility';

/**
 * The notes of a case, newest first. Narratives name people, so reading them is reading identifying data:
 * identity access only, and audited. Restricted notes the reader may not see are left out entirely.
 */
export async function listNotes(ctx: RequestContext, caseId: string): Promise<NoteView[]> {
  authorize(ctx, 'case.read_identity');
  return ctx.transaction(async (tx) => {
    await caseForIdentity(tx, ctx, caseId, 'notes');
    const rows = (
      await tx
        .select()
        .from(caseNotes)
        .where(eq(caseNotes.caseId, caseId))
        .orderBy(desc(caseNotes.createdAt), desc(caseNotes.id))
    ).filter((row) => mayReadNote(ctx, row));
    if (rows.length === 0) return [];
    await recordAudit(tx, ctx, {
      action: 'case.notes_view',
      resourceType: 'case',
      resourceId: caseId,
      details: {
        notes: rows.length,
        restricted: rows.filter((row) => row.sensitivity === 'restricted').length,
      },
    });
    const names = await staffNames(
      tx,
      rows.map((row) => row.authorId),
    );
    return rows.map((row) => ({
      id: row.id,
      body: ctx.secrets.open(row.bodySealed, noteContext(caseId, row.id)),
      sensitivity: row.sensitivity,
      restrictedToRoles: row.restrictedToRoles,
      author: personRef(names, row.authorId),
      createdAt: row.createdAt.toISOString(),
    }));
  });
}
