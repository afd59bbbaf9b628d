import { z } from 'zod';
import { planItemStatuses, reintegrationDomains } from '../vocabularies/vn-reintegration';

/**
 * Issue #18, reintegration and livelihoods: the items of a case's reintegration plan and the livelihood
 * outcomes recorded at follow-up visits (or on their own). Routes under /api/cases/{id}/reintegration/….
 * Codes are checked against their vocabularies by the server, which names the field it refuses.
 */

const code = z.string().min(1).max(64);
const note = z.string().trim().max(2000);

export const addPlanItemSchema = z.object({
  /** A code of vn-reintegration-support; the domain (economic, social, psychosocial) follows from it. */
  supportType: code,
  /** The agency responsible, from the agency directory. */
  agencyId: z.uuid(),
  targetOn: z.iso.date(),
  status: z.enum(planItemStatuses).optional(),
  outcomeNote: note.optional(),
});
export type AddPlanItemInput = z.infer<typeof addPlanItemSchema>;

export const updatePlanItemSchema = z
  .object({
    agencyId: z.uuid().optional(),
    targetOn: z.iso.date().optional(),
    status: z.enum(planItemStatuses).optional(),
    /** Null clears the note. */
    outcomeNote: note.nullable().optional(),
  })
  .refine((value) => Object.values(value).some((entry) => entry !== undefined), {
    message: 'nothing to change',
  });
export type UpdatePlanItemInput = z.infer<typeof updatePlanItemSchema>;

export const planItemViewSchema = z.object({
  id: z.string(),
  domain: z.enum(reintegrationDomains),
  supportType: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  targetOn: z.string(),
  status: z.enum(planItemStatuses),
  /** Null without access to the case's identifying data (the note is about the person). */
  outcomeNote: z.string().nullable(),
  hasOutcomeNote: z.boolean(),
  updatedAt: z.string(),
});
export type PlanItemView = z.infer<typeof planItemViewSchema>;

export const recordLivelihoodSchema = z.object({
  /** The follow-up visit it was recorded at; absent for an outcome learnt between visits. */
  visitId: z.uuid().optional(),
  recordedOn: z.iso.date(),
  employmentStatus: code,
  incomeBand: code,
  loanStatus: code,
});
export type RecordLivelihoodInput = z.infer<typeof recordLivelihoodSchema>;

export const livelihoodViewSchema = z.object({
  id: z.string(),
  visitId: z.string().nullable(),
  /** The months of the visit it was recorded at, for the history's "visit at month 3". */
  visitMonths: z.number().int().nullable(),
  recordedOn: z.string(),
  employmentStatus: z.string(),
  incomeBand: z.string(),
  loanStatus: z.string(),
  recordedBy: z.object({ id: z.string(), displayName: z.string() }),
});
export type LivelihoodView = z.infer<typeof livelihoodViewSchema>;
