import { z } from 'zod';
import { consentInputSchema, consentPurposes } from './cases';

/**
 * Case work: consents, notes, tasks, attachments and the timeline. Routes live under /api/cases/{id}/…
 * Shared by the server (validation, OpenAPI) and the web app.
 */

export const consentViewSchema = z.object({
  id: z.string(),
  purpose: z.enum(consentPurposes),
  sharingAgencyIds: z.array(z.string()),
  sharingAgencyTypes: z.array(z.string()),
  method: z.enum(['signed_form', 'verbal_witnessed']),
  /** Only for those who may see the case's identifying data. */
  witness: z.string().nullable(),
  formAttachmentId: z.string().nullable(),
  language: z.string(),
  obtainedOn: z.string(),
  obtainedBy: z.object({ id: z.string(), displayName: z.string() }),
  givenBy: z.enum(['person', 'guardian']),
  childAssent: z.boolean().nullable(),
  withdrawnAt: z.string().nullable(),
  active: z.boolean(),
});
export type ConsentView = z.infer<typeof consentViewSchema>;

export const addConsentSchema = consentInputSchema;
export const withdrawConsentSchema = z.object({ reason: z.string().trim().max(1000).optional() });

export const noteSensitivities = ['normal', 'restricted'] as const;
export const addNoteSchema = z.object({
  body: z.string().trim().min(1).max(20_000),
  sensitivity: z.enum(noteSensitivities).default('normal'),
  /** For a restricted note: the role codes that may read it (besides the author). */
  restrictedToRoles: z.array(z.string().max(64)).max(10).default([]),
});
export const noteViewSchema = z.object({
  id: z.string(),
  body: z.string(),
  sensitivity: z.enum(noteSensitivities),
  restrictedToRoles: z.array(z.string()),
  author: z.object({ id: z.string(), displayName: z.string() }),
  createdAt: z.string(),
});
export type NoteView = z.infer<typeof noteViewSchema>;

export const addTaskSchema = z.object({
  title: z.string().trim().min(1).max(300),
  dueOn: z.iso.date().optional(),
  assigneeId: z.uuid().optional(),
});
export const updateTaskSchema = z.object({
  done: z.boolean().optional(),
  dueOn: z.iso.date().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
});
export const taskViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  /** "overdue" when the due day has passed and the task is open. */
  status: z.enum(['open', 'overdue', 'done']),
  assignee: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const attachmentKinds = ['document', 'photo', 'consent_form'] as const;
/** Types accepted after sniffing the content; anything else is refused. */
export const attachmentContentTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const attachmentViewSchema = z.object({
  id: z.string(),
  kind: z.enum(attachmentKinds),
  fileName: z.string().nullable(),
  contentType: z.enum(attachmentContentTypes),
  size: z.number().int(),
  uploadedBy: z.object({ id: z.string(), displayName: z.string() }),
  uploadedAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentViewSchema>;

export const timelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const updateCaseDetailsSchema = z.object({
  subjectCategory: z.string().max(80).nullable().optional(),
  exploitationTypes: z.array(z.string().max(80)).max(20).optional(),
  controlMethods: z.array(z.string().max(80)).max(30).optional(),
  recruitmentMethods: z.array(z.string().max(80)).max(20).optional(),
  recruitmentPlatforms: z.array(z.string().max(80)).max(20).optional(),
  relationshipToRecruiter: z.string().max(80).nullable().optional(),
});

/** An agency the case is shared with, under the person's sharing consent. */
export const caseShareSchema = z.object({
  id: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  purpose: z.string(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Why it ended: revoked by the owning agency, or the person withdrew the consent it relied on. */
  endedBecause: z.enum(['revoked', 'consent_withdrawn']).nullable(),
  active: z.boolean(),
});
export type CaseShare = z.infer<typeof caseShareSchema>;
