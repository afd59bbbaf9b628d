import { z } from 'zod';
import { referralSections, referralUrgencies } from '../referrals/lifecycle';
import { labelsSchema } from '../vocabularies/types';
import { referralSchema, sendReferralSchema } from './referrals';

/**
 * Coordination pathways: a province's standard sequence of referrals from the coordination regulation (e.g.
 * "returned across the border → social work centre within 24 h → police verification within 3 days"). Starting
 * one on a case sends every step's referral with its deadline; the case page shows where the person is on it.
 */

const code = z.string().min(1).max(80);

export const pathwayStepSchema = z.object({
  names: labelsSchema,
  agencyType: code.describe('The kind of agency this step goes to (GET /api/directory/agencies?type=)'),
  services: z.array(code.describe('A code of vn-referral-service')).min(1).max(14),
  urgency: z.enum(referralUrgencies),
  completeHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 180)
    .describe('Hours from the start of the pathway by which this step should be done'),
});
export type PathwayStep = z.infer<typeof pathwayStepSchema>;
export type PathwayNames = z.infer<typeof labelsSchema>;

export const pathwayInputSchema = z.object({
  names: labelsSchema,
  steps: z.array(pathwayStepSchema).min(1).max(8),
});
export type PathwayInput = z.infer<typeof pathwayInputSchema>;

export const pathwaySchema = pathwayInputSchema.extend({
  id: z.string(),
  /** Null for a national template. */
  provinceCode: z.string().nullable(),
  active: z.boolean(),
});
export type Pathway = z.infer<typeof pathwaySchema>;

export const startPathwaySchema = z.object({
  pathwayId: z.uuid(),
  /** One receiving agency per step, in the steps' order, each of the step's agency type. */
  agencyIds: z.array(z.uuid()).min(1).max(8),
  sections: z.array(z.enum(referralSections)).max(referralSections.length).default([]),
  message: z.string().trim().min(1).max(2000).optional(),
  consentOverride: sendReferralSchema.shape.consentOverride.describe(
    'Start even where no sharing consent covers a step’s agency (permission case.break_glass): those steps are sent under the override — the reason is sealed, each is audited (referral.send_override) and supervisors are told',
  ),
});
export type StartPathwayInput = z.infer<typeof startPathwaySchema>;

/** A pathway run on a case: each step with its referral as the reader's agency sees it. */
export const casePathwaySchema = z.object({
  id: z.string(),
  pathway: z.object({ id: z.string(), names: labelsSchema }),
  startedAt: z.string(),
  steps: z.array(
    z.object({
      index: z.number().int().min(0),
      names: labelsSchema,
      agencyType: z.string(),
      referral: referralSchema.nullable(),
    }),
  ),
  /** The first step not completed yet: null when all are done, or when the reader does not see every step. */
  currentStep: z.number().int().nullable(),
  /** False for a receiving agency: other agencies' steps show without their referral, and their progress is not known. */
  allStepsVisible: z.boolean(),
});
export type CasePathway = z.infer<typeof casePathwaySchema>;
