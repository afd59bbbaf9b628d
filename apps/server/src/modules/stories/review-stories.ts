import {
  type StoryAudience,
  type StoryDecisionInput,
  type StoryReviewItem,
  todayInVietNam,
} from '@lantern/domain';
import { asc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, stories, storyDrafts } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { agencyDraft, caseRefOf, invalidState, sealFor, toStoryDraft } from './story-rows';

/** Submitted stories of the reviewer's agency, oldest first; the reviewer sees no case and no person. */
export async function storyReviewQueue(ctx: RequestContext): Promise<{ items: StoryReviewItem[] }> {
  authorize(ctx, 'story.review');
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select({ draft: storyDrafts, agency: agencies.name })
      .from(storyDrafts)
      .innerJoin(agencies, eq(agencies.id, storyDrafts.agencyId))
      .where(eq(storyDrafts.status, 'submitted'))
      .orderBy(asc(storyDrafts.submittedAt));
    if (rows.length > 0)
      await recordAudit(tx, ctx, { action: 'story.draft_view', details: { drafts: rows.length } });
    return {
      items: rows.map(({ draft, agency }) => {
        const { reviewerNote: _note, ...view } = toStoryDraft(ctx, draft);
        return { ...view, agency };
      }),
    };
  });
}

/**
 * The reviewer approves a submitted story or returns it with a reason. On approval the story becomes a row of
 * its own — sealed text, themes, the audiences the survivor agreed to, no case, agency or author — and the
 * draft, the last record tying the words to the case, is deleted. Nobody reviews their own story.
 */
export async function decideStory(
  ctx: RequestContext,
  draftId: string,
  input: StoryDecisionInput,
): Promise<{ storyId: string | null }> {
  authorize(ctx, 'story.review');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (input.decision === 'return' && !input.note)
    throw new AppError(400, 'validation', {}, [
      { field: 'note', code: 'story_return_note_required', message: '' },
    ]);
  return ctx.transaction(async (tx) => {
    const draft = await agencyDraft(tx, draftId);
    if (draft.status !== 'submitted') throw invalidState();
    if (draft.recordedBy === actor.userId) throw new AppError(409, 'story.own_review');
    if (input.decision === 'return') {
      await tx
        .update(storyDrafts)
        .set({ status: 'returned', reviewerNote: input.note ?? null, updatedAt: new Date() })
        .where(eq(storyDrafts.id, draftId));
      await recordAudit(tx, ctx, {
        action: 'story.return',
        resourceType: 'case',
        resourceId: draft.caseId,
        details: { draft: draftId },
      });
      return { storyId: null };
    }
    const view = toStoryDraft(ctx, draft);
    const storyId = newId();
    await tx.insert(stories).values({
      id: storyId,
      textSealed: ctx.secrets.seal(view.text, sealFor.story(storyId)),
      themes: view.themes,
      audiences: view.consent.audiences as StoryAudience[],
      caseRef: caseRefOf(ctx, draft.caseId),
      publishedOn: todayInVietNam(),
    });
    await tx.delete(storyDrafts).where(eq(storyDrafts.id, draftId));
    // The event names the story only: the trail does not tie the published words to the case either.
    await recordAudit(tx, ctx, { action: 'story.approve', resourceType: 'story', resourceId: storyId });
    return { storyId };
  });
}
