import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { stories, storyDrafts } from '../../db/schema';
import { ownedCase } from '../case-work/case-in-work';
import { caseRefOf } from './story-rows';

/**
 * The survivor withdrew their consent: every story of the case goes, published and draft, in one transaction.
 * Nothing is kept "for the record" — the audit trail keeps only that something was withdrawn, and how much.
 */
export async function withdrawStories(ctx: RequestContext, caseId: string): Promise<{ removed: number }> {
  authorize(ctx, 'story.record');
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const published = await tx
      .delete(stories)
      .where(eq(stories.caseRef, caseRefOf(ctx, caseId)))
      .returning({ id: stories.id });
    const drafts = await tx
      .delete(storyDrafts)
      .where(eq(storyDrafts.caseId, caseId))
      .returning({ id: storyDrafts.id });
    await recordAudit(tx, ctx, {
      action: 'story.withdraw',
      resourceType: 'case',
      resourceId: caseId,
      details: { published: published.length, drafts: drafts.length },
    });
    return { removed: published.length + drafts.length };
  });
}
