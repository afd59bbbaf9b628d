import { z } from 'zod';
import { passwordSetupLinkSchema } from './identity';

/** What a reset of someone else's account restores: the password (a one-time link) or the second factor. */
export const resetKindSchema = z.enum(['password', 'mfa']);
export type ResetKind = z.infer<typeof resetKindSchema>;

export const resetRequestStatusSchema = z.enum(['pending', 'performed', 'refused', 'expired']);

export const createResetRequestSchema = z.object({ kind: resetKindSchema });

const personSchema = z.object({ id: z.string(), username: z.string(), displayName: z.string() });

export const resetRequestSchema = z.object({
  id: z.string(),
  kind: resetKindSchema,
  status: resetRequestStatusSchema,
  user: personSchema.extend({ agencyName: z.string() }),
  requestedBy: personSchema,
  requestedAt: z.string(),
  expiresAt: z.string(),
  decidedBy: personSchema.nullable(),
  decidedAt: z.string().nullable(),
});
export type ResetRequestView = z.infer<typeof resetRequestSchema>;

/** An approval performs the reset; a password reset's one-time link goes to the approver, never the requester. */
export const resetDecisionSchema = z.object({
  request: resetRequestSchema,
  passwordSetup: passwordSetupLinkSchema.nullable(),
});

/** Shown on the first screen after a reset, until the account holder confirms they have read it. */
export const resetNoticeSchema = z.object({
  reset: z
    .object({
      kind: resetKindSchema,
      performedAt: z.string(),
      requestedBy: z.string(),
      approvedBy: z.string(),
    })
    .nullable(),
});
export type ResetNotice = z.infer<typeof resetNoticeSchema>;
