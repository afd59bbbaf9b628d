import { z } from 'zod';
import { referralUrgencies } from '../referrals/lifecycle';

/**
 * The hand-off of an anonymous screening to the agency that must act on it (a referral of kind `screening`):
 * shared by the server (validation, OpenAPI) and the web app.
 */

/** The person's consent, asked at screening time, to pass this anonymous screening to the receiving agency. */
export const screeningConsentSchema = z.object({
  givenBy: z.enum(['person', 'guardian']).describe('The person screened, or their guardian (a child)'),
  method: z.enum(['verbal', 'written']),
  at: z.iso.datetime({ offset: true }).describe('When the consent was given'),
});
export type ScreeningConsent = z.infer<typeof screeningConsentSchema>;

export const sendScreeningSchema = z.object({
  agencyId: z
    .uuid()
    .optional()
    .describe(
      "The receiving agency; by default the province's competent receiving agency (GET /api/screenings/{id}/recipient)",
    ),
  urgency: z
    .enum(referralUrgencies)
    .optional()
    .describe('By default urgent for a possible victim, normal otherwise'),
  message: z.string().trim().min(1).max(2000).optional().describe('Sealed, read only by the two agencies'),
  consent: screeningConsentSchema.optional().describe('Required: without it the screening is not sent'),
});
export type SendScreeningInput = z.infer<typeof sendScreeningSchema>;

/** The agency a screening goes to when the screener does not pick one, and why it was proposed. */
export const screeningRecipientSchema = z.object({
  agency: z.object({ id: z.string(), name: z.string(), provinceCode: z.string() }).nullable(),
  /** configured: the province's setting; fallback: the province's social work centre; none: nobody found. */
  source: z.enum(['configured', 'fallback', 'none']),
});
export type ScreeningRecipient = z.infer<typeof screeningRecipientSchema>;

export const attachScreeningSchema = z.object({
  caseId: z.uuid().describe('An existing case of your agency, found by search-before-create'),
});
export type AttachScreeningInput = z.infer<typeof attachScreeningSchema>;

export const provinceCodeParamSchema = z.object({ code: z.string().regex(/^\d{2}$/) });

export const receivingAgencySchema = z.object({
  provinceCode: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }).nullable(),
  source: z.enum(['configured', 'fallback', 'none']),
});
export type ReceivingAgency = z.infer<typeof receivingAgencySchema>;

export const setReceivingAgencySchema = z.object({
  agencyId: z
    .uuid()
    .nullable()
    .describe("The province's receiving agency; null clears the setting, so the fallback applies again"),
});
export type SetReceivingAgencyInput = z.infer<typeof setReceivingAgencySchema>;

const namedAgencySchema = z.object({ id: z.string(), name: z.string() });

/** One province of the administration list: its setting, and who receives when there is none. */
export const provinceReceivingAgencySchema = z.object({
  provinceCode: z.string(),
  configured: namedAgencySchema
    .nullable()
    .describe('The active agency the province configured; null when none is (or it was deactivated)'),
  fallback: namedAgencySchema
    .nullable()
    .describe("The province's social work centre, which receives when nothing is configured; null when none"),
  mayChange: z
    .boolean()
    .describe('Whether the reader may set or clear this province (PUT …/receiving-agency)'),
});
export type ProvinceReceivingAgency = z.infer<typeof provinceReceivingAgencySchema>;

export const provinceReceivingAgenciesSchema = z.array(provinceReceivingAgencySchema);
