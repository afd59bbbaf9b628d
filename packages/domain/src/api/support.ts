import { z } from 'zod';

/**
 * Support under Law 53/2024/QH15: regimes a person is entitled to, support plans, service deliveries and the
 * supervisor's approval of money and plan closure (two-person rule). Amounts are whole Vietnamese dong.
 */

/** Whole dong; the upper bound keeps every sum exact in a JavaScript number and a PostgreSQL bigint. */
export const MAX_VND = 1_000_000_000_000;
const vnd = z.number().int().max(MAX_VND);
const code = z.string().min(1).max(100);
const day = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const staffRef = z.object({ id: z.string(), displayName: z.string() });
const agencyRef = z.object({ id: z.string(), name: z.string() });

export const approvalStatuses = ['pending', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];
/** A delivery without an amount is simply recorded; one with an amount is a draft until a supervisor approves it. */
export const deliveryStatuses = ['recorded', 'draft', 'pending', 'approved', 'rejected'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export const planStatuses = ['active', 'closure_requested', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const approvalKinds = ['delivery', 'plan_closure'] as const;

// Rates: configuration with effective dates, entered by an administrator.
export const supportRateInputSchema = z.object({
  regime: code,
  /** The standard amount per unit, when the regime has one. */
  amountVnd: vnd.min(1).nullable().optional(),
  /** The most one delivery of the regime may pay; deliveries above it are refused. */
  ceilingVnd: vnd.min(1).nullable().optional(),
  unit: text(60).optional(),
  effectiveFrom: day,
  effectiveUntil: day.nullable().optional(),
  legalBasis: text(300).optional(),
  /** True for illustrative values shipped with Lantern, never official rates. */
  example: z.boolean().default(false),
});
export type SupportRateInput = z.input<typeof supportRateInputSchema>;
export const supportRateViewSchema = z.object({
  id: z.string(),
  regime: z.string(),
  amountVnd: z.number().nullable(),
  ceilingVnd: z.number().nullable(),
  unit: z.string().nullable(),
  effectiveFrom: z.string(),
  effectiveUntil: z.string().nullable(),
  legalBasis: z.string().nullable(),
  example: z.boolean(),
  createdAt: z.string(),
});
export type SupportRateView = z.infer<typeof supportRateViewSchema>;

// Plans.
export const plannedServiceSchema = z.object({
  regime: code,
  agencyId: z.uuid().nullable().optional(),
  referralId: z.uuid().nullable().optional(),
  note: text(500).optional(),
});
export const createSupportPlanSchema = z.object({
  planType: code,
  objectives: text(5000).min(1),
  services: z.array(plannedServiceSchema).max(30).default([]),
  startOn: day,
  plannedEndOn: day.nullable().optional(),
  reviewOn: day.nullable().optional(),
});
export type CreateSupportPlanInput = z.input<typeof createSupportPlanSchema>;
export const updateSupportPlanSchema = z.object({
  objectives: text(5000).min(1).optional(),
  plannedEndOn: day.nullable().optional(),
  reviewOn: day.nullable().optional(),
});
export const requestPlanClosureSchema = z.object({ reason: text(1000).min(1) });

export const plannedServiceViewSchema = z.object({
  regime: z.string(),
  agency: agencyRef.nullable(),
  referralId: z.string().nullable(),
  note: z.string().nullable(),
});
export const supportPlanViewSchema = z.object({
  id: z.string(),
  planType: z.string(),
  /** Sealed at rest; only for readers of the case's identifying data, else null. */
  objectives: z.string().nullable(),
  services: z.array(plannedServiceViewSchema),
  startOn: z.string(),
  plannedEndOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  actualEndOn: z.string().nullable(),
  status: z.enum(planStatuses),
  createdBy: staffRef,
  createdAt: z.string(),
});
export type SupportPlanView = z.infer<typeof supportPlanViewSchema>;

// Deliveries.
export const recordDeliverySchema = z.object({
  regime: code,
  planId: z.uuid().nullable().optional(),
  deliveredOn: day,
  /** The agency that delivered; the recorder's own when left out. */
  agencyId: z.uuid().nullable().optional(),
  quantity: z.number().int().min(1).max(100_000).default(1),
  /** Whole dong; checked against zero and the regime's configured ceiling by the server. */
  amountVnd: vnd.nullable().optional(),
  note: text(2000).optional(),
  /** A correction of an approved delivery: a new entry naming it, never an edit. */
  correctsId: z.uuid().nullable().optional(),
});
export type RecordDeliveryInput = z.input<typeof recordDeliverySchema>;
export const updateDeliverySchema = z.object({
  deliveredOn: day.optional(),
  quantity: z.number().int().min(1).max(100_000).optional(),
  amountVnd: vnd.optional(),
  note: text(2000).optional(),
});
export const deliveryViewSchema = z.object({
  id: z.string(),
  regime: z.string(),
  planId: z.string().nullable(),
  deliveredOn: z.string(),
  agency: agencyRef,
  recordedBy: staffRef,
  quantity: z.number(),
  amountVnd: z.number().nullable(),
  note: z.string().nullable(),
  status: z.enum(deliveryStatuses),
  correctsId: z.string().nullable(),
  /** Set when an approved correction replaced this entry in the totals. */
  correctedBy: z.string().nullable(),
  /** The case attachments linked as evidence (receipts, signed acknowledgements), by attachment id. */
  evidence: z.array(z.string()),
  createdAt: z.string(),
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

/** Links a case attachment (uploaded through the case's attachment path) to a delivery as its evidence. */
export const linkEvidenceSchema = z.object({ attachmentId: z.uuid() });
export const evidenceLinkViewSchema = z.object({ deliveryId: z.string(), attachmentId: z.string() });
export type EvidenceLinkView = z.infer<typeof evidenceLinkViewSchema>;

// Approvals.
export const decideApprovalSchema = z.object({ reason: text(1000).optional() });
export const rejectApprovalSchema = z.object({ reason: text(1000).min(1) });
export const approvalViewSchema = z.object({
  id: z.string(),
  kind: z.enum(approvalKinds),
  caseId: z.string(),
  caseCode: z.string(),
  deliveryId: z.string().nullable(),
  planId: z.string().nullable(),
  regime: z.string().nullable(),
  amountVnd: z.number().nullable(),
  status: z.enum(approvalStatuses),
  requestedBy: staffRef,
  requestedAt: z.string(),
  decidedBy: staffRef.nullable(),
  decidedAt: z.string().nullable(),
  /** The rejection's reason (or the closure's), only for readers of the case's identifying data. */
  reason: z.string().nullable(),
});
export type ApprovalView = z.infer<typeof approvalViewSchema>;
export const approvalListQuerySchema = z.object({
  status: z.enum(approvalStatuses).default('pending'),
});

// The case's support at a glance.
export const entitlementViewSchema = z.object({
  regime: z.string(),
  conditional: z.boolean(),
  rate: supportRateViewSchema.nullable(),
  /** Approved money and recorded deliveries of the regime, corrections applied. */
  deliveredVnd: z.number(),
  deliveredCount: z.number(),
});
export const caseSupportSchema = z.object({
  subjectCategory: z.string().nullable(),
  today: z.string(),
  /** The schedule the entitlements were read from ("Law 53/2024/QH15, Art. 37"), null before any is in force. */
  legalSource: z.string().nullable(),
  entitlements: z.array(entitlementViewSchema),
  plans: z.array(supportPlanViewSchema),
  deliveries: z.array(deliveryViewSchema),
  approvals: z.array(approvalViewSchema),
});
export type CaseSupport = z.infer<typeof caseSupportSchema>;
