import type { CaseStories } from '@lantern/domain';
import { asc, count, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { stories, storyDrafts } from '../../db/schema';
import { ownedCase } from '../case-work/case-in-work';
import { caseRefOf, toStoryDraft } from './story-rows';

/**
 * The story drafts of a case (with what still looks identifying in each) and how many of its stories are
 * published. For the owning agency only: a story is recorded where the survivor is supported. Audited when
 * there is a draft to read, as drafts hold the survivor's own words.
 */
export async function caseStories(ctx: RequestContext, caseId: string): Promise<CaseStories> {
  authorize(ctx, 'story.record');
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const drafts = await tx
      .select()
      .from(storyDrafts)
      .where(eq(storyDrafts.caseId, caseId))
      .orderBy(asc(storyDrafts.createdAt));
    const [published] = await tx
      .select({ n: count() })
      .from(stories)
      .where(eq(stories.caseRef, caseRefOf(ctx, caseId)));
    if (drafts.length > 0)
      await recordAudit(tx, ctx, {
        action: 'story.draft_view',
        resourceType: 'case',
        resourceId: caseId,
        details: { drafts: drafts.length },
      });
    return { drafts: drafts.map((row) => toStoryDraft(ctx, row)), published: published?.n ?? 0 };
  });
}
