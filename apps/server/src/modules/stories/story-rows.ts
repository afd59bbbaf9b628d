import {
  detectIdentifyingDetails,
  type StoryConsent,
  type StoryDraft,
  type StoryTheme,
} from '@lantern/domain';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { storyDrafts } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';

export type StoryDraftRow = typeof storyDrafts.$inferSelect;

export const sealFor = {
  draftText: (id: string) => `story_draft:${id}:text`,
  draftConsent: (id: string) => `story_draft:${id}:consent`,
  story: (id: string) => `story:${id}:text`,
};

/**
 * The only tie between a case and its published stories: a keyed hash of the case id. It lets a withdrawal
 * from the case find them; without the installation's index key nobody can tell which case a story came from,
 * and no reader of the library is ever answered it.
 */
export const caseRefOf = (ctx: RequestContext, caseId: string) =>
  ctx.secrets.blindIndex(`story-case:${caseId}`);

export const invalidState = () => new AppError(409, 'story.invalid_state');

/** A draft of the actor's agency (row-level security keeps others' out of sight: 404). */
export async function agencyDraft(tx: Tx, id: string): Promise<StoryDraftRow> {
  const [row] = await tx.select().from(storyDrafts).where(eq(storyDrafts.id, id));
  if (!row) throw notFound();
  return row;
}

export function toStoryDraft(ctx: RequestContext, row: StoryDraftRow): StoryDraft {
  const text = ctx.secrets.open(row.textSealed, sealFor.draftText(row.id));
  return {
    id: row.id,
    status: row.status,
    text,
    themes: row.themes as StoryTheme[],
    consent: JSON.parse(ctx.secrets.open(row.consentSealed, sealFor.draftConsent(row.id))) as StoryConsent,
    details: detectIdentifyingDetails(text),
    reviewerNote: row.reviewerNote,
    updatedAt: row.updatedAt.toISOString(),
  };
}
