import { z } from 'zod';
import { auditOutcomes } from '../audit/codes';

/** Usernames are case-insensitive and plain: letters, digits, dot, dash, underscore. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/);
/** NIST SP 800-63B / ASVS 5: 8–128 characters, no composition rules; the server also refuses common passwords. */
export const newPasswordSchema = z.string().min(8).max(128);
export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/);
export const recoveryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{8,20}$/);

export const sessionStageSchema = z.enum(['mfa_required', 'mfa_enrolment', 'active']);
export type SessionStage = z.infer<typeof sessionStageSchema>;

export const signInResponseSchema = z.object({ stage: sessionStageSchema, csrfToken: z.string() });

export const sessionResponseSchema = z.object({
  stage: sessionStageSchema,
  csrfToken: z.string(),
  demo: z.boolean(),
  expiresAt: z.string(),
  idleTimeoutSeconds: z.number().int(),
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    agency: z.object({ id: z.string(), name: z.string() }),
    roles: z.array(z.string()),
    permissions: z.array(z.string()),
  }),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const instanceResponseSchema = z.object({ demo: z.boolean(), version: z.string() });

export const mfaEnrolmentStartSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});
export const mfaEnrolmentConfirmSchema = z.object({ code: totpCodeSchema });
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const mfaVerifySchema = z.union([
  z.strictObject({ code: totpCodeSchema }),
  z.strictObject({ recoveryCode: recoveryCodeSchema }),
]);

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: newPasswordSchema,
});
export const passwordSetupSchema = z.object({
  token: z.string().min(20).max(200),
  newPassword: newPasswordSchema,
});
export const passwordSetupLinkSchema = z.object({ token: z.string(), expiresAt: z.string() });

export const accountSessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const idParamSchema = z.object({ id: z.uuid() });

export const agencySchema = z.object({
  id: z.string(),
  name: z.string(),
  typeCode: z.string(),
  provinceCode: z.string(),
  communeCode: z.string().nullable(),
  parentId: z.string().nullable(),
  disabled: z.boolean(),
  /** Whether searchers from other agencies see its name and public contact on records it holds. */
  disclosesAsHolder: z.boolean(),
  createdAt: z.string(),
});
export type AgencyView = z.infer<typeof agencySchema>;

export const createAgencySchema = z.object({
  name: z.string().trim().min(2).max(200),
  typeCode: z.string().trim().min(1).max(64),
  provinceCode: z.string().regex(/^\d{2}$/),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullish(),
  parentId: z.uuid().nullish(),
});
export const updateAgencySchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  disabled: z.boolean().optional(),
  disclosesAsHolder: z.boolean().optional(),
});

export const officeSchema = z.object({ id: z.string(), agencyId: z.string(), name: z.string() });
export const createOfficeSchema = z.object({ name: z.string().trim().min(2).max(200) });

export const agencyTypeSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** Whether its agencies do case work (coordination.ts); those that do not hand cases over at registration. */
  carriesCases: z.boolean(),
});
export const roleSchema = z.object({ code: z.string(), label: z.string(), permissions: z.array(z.string()) });

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  roles: z.array(z.string()),
  officeIds: z.array(z.string()),
  disabled: z.boolean(),
  mfaEnrolled: z.boolean(),
  /** Never set a password, signed in or enrolled: its first link may be re-issued without a second person. */
  neverUsed: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type UserView = z.infer<typeof userSchema>;

export const createUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(2).max(200),
  agencyId: z.uuid(),
  roles: z.array(z.string().min(1).max(64)).min(1).max(20),
  officeIds: z.array(z.uuid()).max(20).optional(),
});
export const createUserResponseSchema = z.object({
  user: userSchema,
  passwordSetup: passwordSetupLinkSchema,
});
export const updateUserSchema = z.object({
  displayName: z.string().trim().min(2).max(200).optional(),
  roles: z.array(z.string().min(1).max(64)).min(1).max(20).optional(),
  officeIds: z.array(z.uuid()).max(20).optional(),
  disabled: z.boolean().optional(),
});

export const auditEventSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorAgencyId: z.string().nullable(),
  action: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.object({
  actorUserId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  resourceType: z.string().max(64).optional(),
  resourceId: z.string().max(64).optional(),
  outcome: z.enum(auditOutcomes).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * Why someone breaks the glass, as a category kept in the clear (the audit trail carries only this); the
 * written reason beside it names people and is sealed.
 */
export const breakGlassCategories = [
  'emergency_safety',
  'continuity_of_care',
  'legal_request',
  'other',
] as const;
export type BreakGlassCategory = (typeof breakGlassCategories)[number];

export const breakGlassRequestSchema = z.object({
  resourceType: z.string().min(1).max(64),
  resourceId: z.uuid(),
  reason: z.string().trim().min(20).max(1000),
  category: z.enum(breakGlassCategories),
});
export const breakGlassGrantSchema = z.object({ id: z.string(), expiresAt: z.string() });

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
