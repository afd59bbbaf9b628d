import type { TimelineEntry } from '@lantern/domain';
import { and, desc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseEvents, caseNotes } from '../../db/schema';
import type { Tx } from '../../db/types';
import { caseWithAccess, type EventDetails, personRef, staffNames } from './case-in-work';
import { mayReadNote } from './note-visibility';

/**
 * The restricted notes this reader may read. A "note added" line for any other restricted note is left
 * out, including notes whose rows row-level security already hides from the reader.
 */
async function readableRestrictedNotes(tx: Tx, ctx: RequestContext, caseId: string): Promise<Set<string>> {
  const restricted = await tx
    .select({
      id: caseNotes.id,
      sensitivity: caseNotes.sensitivity,
      authorId: caseNotes.authorId,
      restrictedToRoles: caseNotes.restrictedToRoles,
    })
    .from(caseNotes)
    .where(and(eq(caseNotes.caseId, caseId), eq(caseNotes.sensitivity, 'restricted')));
  return new Set(restricted.filter((note) => mayReadNote(ctx, note)).map((note) => note.id));
}

/**
 * Event details as shown: sealed values never leave the server. The one sealed value the timeline knows,
 * `reasonSealed` (the user's own words, sealed under the case's event-reason context), is opened for
 * identity access and dropped for everyone else; any other `…Sealed` value is dropped.
 */
function shownDetails(details: EventDetails, openReason: ((sealed: string) => string) | null): EventDetails {
  const shown: EventDetails = {};
  for (const [key, value] of Object.entries(details)) {
    if (!key.endsWith('Sealed')) shown[key] = value;
    else if (key === 'reasonSealed' && openReason && typeof value === 'string')
      shown.reason = openReason(value);
  }
  return shown;
}

/** What happened on the case, newest first, with who did it. */
export async function listTimeline(ctx: RequestContext, caseId: string): Promise<TimelineEntry[]> {
  authorize(ctx, 'case.read', 'case.read_province', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { identity } = await caseWithAccess(tx, ctx, caseId);
    const readable = identity ? await readableRestrictedNotes(tx, ctx, caseId) : new Set<string>();
    const rows = (
      await tx
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId))
        .orderBy(desc(caseEvents.at), desc(caseEvents.id))
    ).filter(
      (row) =>
        !(
          row.kind === 'note.added' &&
          row.details.sensitivity === 'restricted' &&
          !readable.has(String(row.details.note))
        ),
    );
    const names = await staffNames(
      tx,
      rows.map((row) => row.actorUserId),
    );
    const openReason = identity
      ? (sealed: string) => ctx.secrets.open(sealed, `case:${caseId}:event-reason`)
      : null;
    let opened = 0;
    const entries = rows.map((row) => {
      const details = shownDetails(row.details, openReason);
      if (typeof details.reason === 'string') opened += 1;
      return {
        id: row.id,
        at: row.at.toISOString(),
        kind: row.kind,
        actor: row.actorUserId ? personRef(names, row.actorUserId) : null,
        details,
      };
    });
    if (identity && opened > 0)
      await recordAudit(tx, ctx, {
        action: 'case.timeline_view',
        resourceType: 'case',
        resourceId: caseId,
        details: { reasons: opened },
      });
    return entries;
  });
}
