import type { PublishedStory, StoryAudience, StoryTheme } from '@lantern/domain';
import { arrayContains, desc } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { stories } from '../../db/schema';
import { sealFor } from './story-rows';

const PAGE = 200;

/**
 * Approved stories for policy and programme users, newest first, by theme. Each answer carries the story's
 * words, themes and audiences only — never its case reference. Reading is audited: the survivors agreed to
 * these readers, and the trail shows who read.
 */
export async function storyLibrary(
  ctx: RequestContext,
  query: { theme?: StoryTheme | undefined },
): Promise<{ items: PublishedStory[] }> {
  authorize(ctx, 'story.read', 'story.review');
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(stories)
      .where(query.theme ? arrayContains(stories.themes, [query.theme]) : undefined)
      .orderBy(desc(stories.publishedOn), desc(stories.id))
      .limit(PAGE);
    await recordAudit(tx, ctx, {
      action: 'story.read',
      details: { stories: rows.length, theme: query.theme ?? null },
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        text: ctx.secrets.open(row.textSealed, sealFor.story(row.id)),
        themes: row.themes as StoryTheme[],
        audiences: row.audiences as StoryAudience[],
        publishedOn: row.publishedOn,
      })),
    };
  });
}
