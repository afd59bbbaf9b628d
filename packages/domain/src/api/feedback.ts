import { z } from 'zod';
import { referralService } from '../vocabularies/vn-referral';
import { typedCodeSchema } from './survivor-voice';

/**
 * Anonymous feedback (issue #20). Answers travel as the feedback instrument's question ids and option values
 * (checked by the instrument engine on the server); free text is optional and kept apart, sealed, until the
 * agency has screened it for identifying details.
 */

/** The service the feedback is about: a code of the referral-service vocabulary (the support regimes). */
export const feedbackServiceSchema = z
  .string()
  .refine((code) => referralService.codes.some((entry) => entry.code === code), {
    message: 'unknown service',
  });

export const feedbackAnswersSchema = z.record(z.string().max(64), z.string().max(64));

const freeText = z.string().trim().max(2000).nullish();

export const issueFeedbackCodeSchema = z.object({ serviceType: feedbackServiceSchema }).strict();
export type IssueFeedbackCodeInput = z.infer<typeof issueFeedbackCodeSchema>;

export const issuedFeedbackCodeSchema = z.object({
  code: z.string(),
  /** The address the survivor opens, with the code in it (also drawn as the QR code). */
  link: z.string(),
  /** The link as an SVG QR code, for the worker's screen. */
  qrSvg: z.string(),
  expiresAt: z.iso.datetime(),
  serviceType: z.string(),
});
export type IssuedFeedbackCode = z.infer<typeof issuedFeedbackCodeSchema>;

/** The survivor's own phone: the one-time code and the answers. */
export const codeFeedbackSchema = typedCodeSchema
  .extend({ answers: feedbackAnswersSchema, freeText })
  .strict();
export type CodeFeedbackInput = z.infer<typeof codeFeedbackSchema>;

/** Survivor mode on the worker's device: the service the worker chose, and the answers. */
export const deviceFeedbackSchema = z
  .object({ serviceType: feedbackServiceSchema, answers: feedbackAnswersSchema, freeText })
  .strict();
export type DeviceFeedbackInput = z.infer<typeof deviceFeedbackSchema>;

/** Whether a typed feedback code is live, and what the survey is about. Nothing else. */
export const feedbackCodeStateSchema = z.object({ serviceType: z.string() }).strict();
export type FeedbackCodeState = z.infer<typeof feedbackCodeStateSchema>;

/** Leaving survivor mode takes the worker's password again. */
export const exitSurvivorModeSchema = z.object({ password: z.string().min(1).max(1000) }).strict();

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'a month as YYYY-MM' });
export const feedbackResultsQuerySchema = z.object({ from: month, to: month });
export type FeedbackResultsQuery = z.infer<typeof feedbackResultsQuerySchema>;

/** A count, or null where the suppression rule hides it (fewer than k people, or recoverable from others). */
const shownCount = z.number().int().nullable();
export const feedbackServiceResultSchema = z.object({
  serviceType: z.string(),
  responses: shownCount,
  /** Share of responses whose answered scored questions average at least SATISFIED_AT_LEAST, in %. */
  satisfiedPercent: z.number().nullable(),
  /** question id → option value (or "declined") → count. */
  questions: z.record(z.string(), z.record(z.string(), shownCount)),
});
export const feedbackResultsSchema = z.object({
  from: month,
  to: month,
  k: z.number().int(),
  services: z.array(feedbackServiceResultSchema),
  totalResponses: shownCount,
});
export type FeedbackResults = z.infer<typeof feedbackResultsSchema>;

export const feedbackTextSchema = z.object({
  id: z.uuid(),
  serviceType: z.string(),
  month: month,
  status: z.enum(['pending', 'cleared', 'redacted']),
  text: z.string(),
});
export type FeedbackText = z.infer<typeof feedbackTextSchema>;
export const feedbackTextListSchema = z.object({ items: z.array(feedbackTextSchema) });
export const feedbackTextQuerySchema = z.object({
  status: z.enum(['pending', 'screened']).default('pending'),
});

export const screenFeedbackTextSchema = z
  .object({
    decision: z.enum(['cleared', 'redacted']),
    /** The text as it may be shown, identifying details removed; required for "redacted". */
    redaction: z.string().trim().min(1).max(2000).nullish(),
  })
  .strict();
export type ScreenFeedbackTextInput = z.infer<typeof screenFeedbackTextSchema>;
