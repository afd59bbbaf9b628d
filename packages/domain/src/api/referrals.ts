import { z } from 'zod';
import {
  caseReferralKinds,
  type ReferralAction,
  referralKinds,
  referralSections,
  referralStatuses,
  referralUrgencies,
} from '../referrals/lifecycle';
import { pagedListSchema } from './lists';

/**
 * Referrals: one agency asks another to provide services to a person, with the person's consent, sharing the
 * parts of the case the sender chose. Shared by the server (validation, OpenAPI) and the web app.
 */

const code = z.string().min(1).max(80);
const vocabularyCode = (vocabulary: string) =>
  code.describe(
    `A code of the vocabulary "${vocabulary}": GET /api/reference/vocabularies/${vocabulary} lists them (local values included)`,
  );
/** Free text that may name people: sealed before it is stored, shown only to the two agencies. */
const words = z.string().trim().min(1).max(2000);

export const referralActions = [
  'accept',
  'decline',
  'start',
  'complete',
  'revoke',
] as const satisfies readonly ReferralAction[];

export const sendReferralSchema = z.object({
  kind: z
    .enum(caseReferralKinds)
    .default('services')
    .describe(
      'services, or transfer: the recipient takes the case over on acceptance (the whole case is shared)',
    ),
  agencyId: z
    .uuid()
    .optional()
    .describe(
      'The receiving agency (its inbox); GET /api/directory/agencies lists them. Or give `external`.',
    ),
  external: z
    .object({
      name: z.string().trim().min(2).max(200),
      typeCode: code.describe(
        'Its agency type (the consent must cover that type): GET /api/directory/agencies types',
      ),
      contact: z.string().trim().min(1).max(500).optional().describe('Who to reach there and how; sealed'),
    })
    .optional()
    .describe(
      'An organisation that does not use Lantern: recorded under the same consent rules; print the letter (GET /api/referrals/{id}/letter) and record its answer yourself',
    ),
  services: z.array(vocabularyCode('vn-referral-service')).min(1).max(14),
  urgency: z.enum(referralUrgencies),
  reason: vocabularyCode('referral-reason'),
  message: words.optional().describe('What the recipient should know; sealed, read only by the two agencies'),
  sections: z
    .array(z.enum(referralSections))
    .max(referralSections.length)
    .default([])
    .describe('Parts of the case opened to the recipient besides the profile and needs (bounded by consent)'),
  completeBy: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('When the services should be delivered; by default set from the urgency'),
  consentOverride: z
    .object({ reason: z.string().trim().min(10).max(1000) })
    .optional()
    .describe(
      'Proceed without a sharing consent covering the recipient (permission case.break_glass): the reason is sealed, audited and sent to supervisors',
    ),
});
export type SendReferralInput = z.infer<typeof sendReferralSchema>;

export const declineReferralSchema = z.object({
  reason: vocabularyCode('vn-referral-decline-reason'),
  note: words.optional(),
});
export const completeReferralSchema = z.object({
  outcome: vocabularyCode('vn-service-outcome'),
  note: words.optional(),
});
export const revokeReferralSchema = z.object({ note: words.optional() });
export const emptyReferralAnswerSchema = z.object({});

const agencyRef = z.object({ id: z.string(), name: z.string() });
/** The recipient: an agency's inbox, or (id null) an organisation outside Lantern. */
const recipientRef = z.object({ id: z.string().nullable(), name: z.string() });
const staffRef = z.object({ id: z.string(), displayName: z.string() });

export const referralSchema = z.object({
  id: z.string(),
  /** Null for a screening referral (kind `screening`): there is no case yet, only `screeningId`. */
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  screeningId: z.string().nullable(),
  /** Seen from the reader's agency. */
  direction: z.enum(['incoming', 'outgoing']),
  kind: z.enum(referralKinds),
  from: agencyRef,
  to: recipientRef,
  /** To an organisation outside Lantern: the sender records its answers. */
  offSystem: z.boolean(),
  services: z.array(z.string()),
  urgency: z.enum(referralUrgencies),
  reason: z.string(),
  sections: z.array(z.enum(referralSections)),
  status: z.enum(referralStatuses),
  /** Why a revoked referral ended: the sender revoked it, or the person withdrew the consent it relied on. */
  endedBecause: z.enum(['sender', 'consent_withdrawn']).nullable(),
  consentOverridden: z.boolean(),
  sentAt: z.string(),
  sentBy: staffRef,
  respondBy: z.string(),
  completeBy: z.string(),
  answeredAt: z.string().nullable(),
  answeredBy: staffRef.nullable(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  closedAt: z.string().nullable(),
  overdue: z.boolean(),
  escalationLevel: z.number().int().min(0).max(2),
  /** The declined or expired referral this one was sent in place of (re-routed); shown to the sending agency only. */
  reroutedFrom: z.string().nullable(),
  /** What the reader's agency may do now (and the reader holds the permission for). */
  actions: z.array(z.enum(referralActions)),
});
export type Referral = z.infer<typeof referralSchema>;

/** One referral read in full: the sealed words opened for the two agencies (the reading is audited). */
export const referralDetailSchema = referralSchema.extend({
  message: z.string().nullable(),
  declineNote: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  revokeNote: z.string().nullable(),
  /** Off-system: the organisation's type and the contact the sender recorded. */
  externalOrgType: z.string().nullable(),
  externalContact: z.string().nullable(),
  /** Services the recipient does not list in the directory (a warning for the sender, not a refusal). */
  servicesNotListed: z.array(z.string()),
  /** The referral sent in place of this declined or expired one (POST /api/referrals/{id}/reroute), if any. */
  reroutedTo: z.string().nullable(),
});
export type ReferralDetail = z.infer<typeof referralDetailSchema>;

export const referralListQuerySchema = z.object({
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  /** open: sent, accepted or in progress; closed: the rest; or one status. */
  status: z.enum(['open', 'closed', ...referralStatuses]).default('open'),
  overdue: z.enum(['true', 'false']).optional(),
  /** Only this kind: `screening` lists the screenings to act on. */
  kind: z.enum(referralKinds).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;

export const referralListSchema = pagedListSchema(referralSchema);
export type ReferralList = z.infer<typeof referralListSchema>;

/** "Action needed" for the navigation: incoming referrals waiting for an answer, and overdue ones. */
export const referralCountsSchema = z.object({
  awaitingAnswer: z.number().int().min(0),
  overdue: z.number().int().min(0),
});
export type ReferralCounts = z.infer<typeof referralCountsSchema>;
