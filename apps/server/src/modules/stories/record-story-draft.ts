import {
  type CreateStoryDraftInput,
  type StoryDraft,
  todayInVietNam,
  type UpdateStoryDraftInput,
} from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { storyDrafts } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { ownedCase } from '../case-work/case-in-work';
import { agencyDraft, invalidState, sealFor, toStoryDraft } from './story-rows';

/**
 * A worker records a survivor's account on their case, with the consent that makes it possible: the purpose,
 * who may read it and whom to contact to withdraw it. Text and consent are sealed.
 */
export async function createStoryDraft(
  ctx: RequestContext,
  caseId: string,
  input: CreateStoryDraftInput,
): Promise<StoryDraft> {
  authorize(ctx, 'story.record');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (input.consent.obtainedOn > todayInVietNam())
    throw new AppError(400, 'validation', {}, [
      { field: 'consent.obtainedOn', code: 'story_consent_in_future', message: '' },
    ]);
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const id = newId();
    const [row] = await tx
      .insert(storyDrafts)
      .values({
        id,
        caseId,
        agencyId: actor.agencyId,
        recordedBy: actor.userId,
        textSealed: ctx.secrets.seal(input.text, sealFor.draftText(id)),
        consentSealed: ctx.secrets.seal(JSON.stringify(input.consent), sealFor.draftConsent(id)),
        themes: input.themes,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'story.draft_create',
      resourceType: 'case',
      resourceId: caseId,
      details: { draft: id },
    });
    return toStoryDraft(ctx, row as NonNullable<typeof row>);
  });
}

/** The worker edits the text (removing what was highlighted) and themes, while it is a draft or returned. */
export async function updateStoryDraft(
  ctx: RequestContext,
  draftId: string,
  input: UpdateStoryDraftInput,
): Promise<StoryDraft> {
  authorize(ctx, 'story.record');
  return ctx.transaction(async (tx) => {
    const draft = await agencyDraft(tx, draftId);
    if (draft.status === 'submitted') throw invalidState();
    const [row] = await tx
      .update(storyDrafts)
      .set({
        textSealed: ctx.secrets.seal(input.text, sealFor.draftText(draftId)),
        themes: input.themes,
        status: 'draft',
        updatedAt: new Date(),
      })
      .where(eq(storyDrafts.id, draftId))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'story.draft_update',
      resourceType: 'case',
      resourceId: draft.caseId,
      details: { draft: draftId },
    });
    return toStoryDraft(ctx, row as NonNullable<typeof row>);
  });
}

/** The worker sends the redacted story to a reviewer of the agency. */
export async function submitStoryDraft(ctx: RequestContext, draftId: string): Promise<StoryDraft> {
  authorize(ctx, 'story.record');
  return ctx.transaction(async (tx) => {
    const draft = await agencyDraft(tx, draftId);
    if (draft.status === 'submitted') throw invalidState();
    const [row] = await tx
      .update(storyDrafts)
      .set({ status: 'submitted', submittedAt: new Date(), updatedAt: new Date() })
      .where(eq(storyDrafts.id, draftId))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'story.submit',
      resourceType: 'case',
      resourceId: draft.caseId,
      details: { draft: draftId },
    });
    return toStoryDraft(ctx, row as NonNullable<typeof row>);
  });
}
