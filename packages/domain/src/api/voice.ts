import { z } from 'zod';
import { complaintStatuses, complaintSteps } from '../voice/complaint-deadline';
import { complaintCategories } from '../voice/complaint-terms';
import { identifyingKinds } from '../voice/identifying-details';
import { storyAudiences, storyDraftStatuses, storyThemes } from '../voice/story-terms';

/**
 * Survivor voice (issue #20): complaints filed without an account, handled by an officer outside the agency
 * concerned, and consented stories that reach policy users without a link to the case.
 */

const isoDay = z.iso.date();

export const fileComplaintSchema = z.object({
  /** The agency the complaint is about, from the public list of agencies. */
  concernedAgencyId: z.uuid(),
  category: z.enum(complaintCategories),
  /** What happened, in the complainant's words (sealed). */
  description: z.string().trim().min(10).max(4000),
  /** How to reach the complainant, only if they want to be reached (sealed); the receipt code works without. */
  contact: z.string().trim().min(3).max(200).nullish(),
});
export type FileComplaintInput = z.infer<typeof fileComplaintSchema>;

export const complaintReceiptSchema = z.object({
  /** Shown once: only its keyed hash is stored. */
  receiptCode: z.string(),
  dueOn: isoDay,
});
export type ComplaintReceipt = z.infer<typeof complaintReceiptSchema>;

export const complaintStatusQuerySchema = z.object({ receiptCode: z.string().trim().min(1).max(40) });

/** What the holder of a receipt code sees: the state of their complaint and the answer, nothing else. */
export const complaintPublicStatusSchema = z.object({
  status: z.enum(complaintStatuses),
  receivedOn: isoDay,
  dueOn: isoDay,
  respondedOn: isoDay.nullable(),
  closedOn: isoDay.nullable(),
  response: z.string().nullable(),
});
export type ComplaintPublicStatus = z.infer<typeof complaintPublicStatusSchema>;

export const publicAgencyListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), provinceCode: z.string() })),
});
export type PublicAgencyList = z.infer<typeof publicAgencyListSchema>;

export const complaintListQuerySchema = z.object({
  status: z.enum(complaintStatuses).optional(),
});

export const complaintSummarySchema = z.object({
  id: z.string(),
  category: z.enum(complaintCategories),
  concernedAgency: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(complaintStatuses),
  channel: z.enum(['public', 'worker']),
  receivedAt: z.string(),
  dueOn: isoDay,
  /** Calendar days to the deadline; negative when past it. */
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  officer: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

export const complaintListSchema = z.object({ items: z.array(complaintSummarySchema) });

export const complaintActionSchema = z.object({
  step: z.enum(complaintSteps),
  note: z.string().nullable(),
  at: z.string(),
  by: z.string(),
});

export const complaintDetailSchema = complaintSummarySchema.extend({
  description: z.string(),
  contact: z.string().nullable(),
  response: z.string().nullable(),
  respondedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  actions: z.array(complaintActionSchema),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const complaintStepSchema = z.object({
  step: z.enum(complaintSteps),
  /** Required for a response (it is what the complainant reads) and for a note. */
  note: z.string().trim().min(1).max(4000).nullish(),
});
export type ComplaintStepInput = z.infer<typeof complaintStepSchema>;

/** Complaints received over the last twelve months, counted (no row, no agency): for monitoring. */
export const complaintCountsSchema = z.object({
  since: isoDay,
  total: z.number().int(),
  byCategory: z.array(z.object({ code: z.enum(complaintCategories), count: z.number().int() })),
  byStatus: z.array(z.object({ code: z.enum(complaintStatuses), count: z.number().int() })),
  /** Open complaints past their deadline. */
  overdue: z.number().int(),
});
export type ComplaintCounts = z.infer<typeof complaintCountsSchema>;

// Stories

export const storyConsentSchema = z.object({
  /** What the story will be used for, as explained to the survivor. */
  purpose: z.string().trim().min(5).max(500),
  audiences: z.array(z.enum(storyAudiences)).min(1).max(storyAudiences.length),
  /** Whom the survivor contacts to withdraw the story (a service, never a private number). */
  withdrawalContact: z.string().trim().min(3).max(200),
  obtainedOn: isoDay,
});
export type StoryConsent = z.infer<typeof storyConsentSchema>;

const storyText = z.string().trim().min(20).max(20000);
const themes = z.array(z.enum(storyThemes)).min(1).max(storyThemes.length);

export const createStoryDraftSchema = z.object({ consent: storyConsentSchema, text: storyText, themes });
export type CreateStoryDraftInput = z.infer<typeof createStoryDraftSchema>;

export const updateStoryDraftSchema = z.object({ text: storyText, themes });
export type UpdateStoryDraftInput = z.infer<typeof updateStoryDraftSchema>;

export const identifyingDetailSchema = z.object({
  kind: z.enum(identifyingKinds),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});

export const storyDraftSchema = z.object({
  id: z.string(),
  status: z.enum(storyDraftStatuses),
  text: z.string(),
  themes: z.array(z.enum(storyThemes)),
  consent: storyConsentSchema,
  /** What still looks identifying in the text: highlighted for removal. */
  details: z.array(identifyingDetailSchema),
  reviewerNote: z.string().nullable(),
  updatedAt: z.string(),
});
export type StoryDraft = z.infer<typeof storyDraftSchema>;

export const caseStoriesSchema = z.object({
  drafts: z.array(storyDraftSchema),
  /** Approved stories of this case: how many, for the worker to know a withdrawal has something to remove. */
  published: z.number().int(),
});
export type CaseStories = z.infer<typeof caseStoriesSchema>;

/** A submitted draft as the reviewer sees it: no case, no person. */
export const storyReviewItemSchema = storyDraftSchema.omit({ reviewerNote: true }).extend({
  agency: z.string(),
});
export const storyReviewQueueSchema = z.object({ items: z.array(storyReviewItemSchema) });
export type StoryReviewItem = z.infer<typeof storyReviewItemSchema>;

export const storyDecisionSchema = z.object({
  decision: z.enum(['approve', 'return']),
  /** Why it is returned: required then. */
  note: z.string().trim().min(1).max(2000).nullish(),
});
export type StoryDecisionInput = z.infer<typeof storyDecisionSchema>;

export const publishedStorySchema = z.object({
  id: z.string(),
  text: z.string(),
  themes: z.array(z.enum(storyThemes)),
  audiences: z.array(z.enum(storyAudiences)),
  publishedOn: isoDay,
});
export type PublishedStory = z.infer<typeof publishedStorySchema>;

export const storyLibraryQuerySchema = z.object({ theme: z.enum(storyThemes).optional() });
export const storyLibrarySchema = z.object({ items: z.array(publishedStorySchema) });

export const storyWithdrawalSchema = z.object({ removed: z.number().int() });
