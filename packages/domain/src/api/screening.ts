import { z } from 'zod';
import { screeningOutcomes } from '../screening/result';
import { pagedListSchema } from './lists';

/**
 * The instrument definition travels as plain JSON: it is checked with `instrumentSchema` (recursive
 * conditions) by the use case, and documented by reference rather than inlined into OpenAPI.
 */
const definition = z.record(z.string(), z.unknown()).describe('An instrument definition (docs/SCREENING.md)');

export const instrumentSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  role: z.enum(['default', 'extension', 'vulnerability', 'reintegration', 'feedback']),
  sourceStatus: z.enum(['verified', 'secondary', 'local']),
  title: z.object({ vi: z.string(), en: z.string(), ar: z.string() }),
  summary: z.object({ vi: z.string(), en: z.string(), ar: z.string() }),
  publishedAt: z.string(),
  /** For a secondary-source version: when an administrator checked it against the primary source. */
  verification: z.object({ at: z.string(), note: z.string() }).nullable(),
  /** Older versions stay readable for the screenings scored with them. */
  latest: z.boolean(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

export const instrumentDetailSchema = instrumentSummarySchema.extend({ definition });

export const instrumentParamsSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.coerce.number().int().positive(),
});

export const answersSchema = z.record(z.string(), z.unknown());

export const scoreRequestSchema = z.object({ answers: answersSchema });

export const publishInstrumentSchema = z.object({ definition });
export const verifyInstrumentSchema = z.object({ note: z.string().trim().min(10).max(2000) });

/** Screening result as scored by the server (see ScreeningResult in the domain package). */
export const scoredResultSchema = z.record(z.string(), z.unknown());

export const screeningResponseInputSchema = z.object({
  instrumentId: z.string().regex(/^[a-z][a-z0-9-]*$/),
  instrumentVersion: z.number().int().positive(),
  answers: answersSchema,
});

export const createScreeningSchema = z.object({
  /** The device's draft id: submitting the same draft twice stores one screening. */
  clientDraftId: z.uuid().optional(),
  screenedAt: z.iso.datetime({ offset: true }),
  /** Asked first; without it there is no interview to record. */
  consentToInterview: z.literal(true),
  interviewLanguage: z.string().regex(/^[a-z]{3}$/),
  interpreterUsed: z.boolean(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullish(),
  responses: z.array(screeningResponseInputSchema).min(1).max(6),
  /** The one-stop office contact this screening was started from (#18): linked in the same transaction. */
  contactId: z.uuid().nullish(),
});
export type CreateScreeningInput = z.infer<typeof createScreeningSchema>;

export const screeningSummarySchema = z.object({
  id: z.string(),
  screenedAt: z.string(),
  submittedAt: z.string(),
  screenedBy: z.object({ id: z.string(), displayName: z.string() }),
  interviewLanguage: z.string(),
  interpreterUsed: z.boolean(),
  provinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  outcome: z.enum(screeningOutcomes).nullable(),
  htcdsStatus: z.string().nullable(),
  needs: z.array(z.string()),
  instruments: z.array(z.object({ id: z.string(), version: z.number().int() })),
});
export type ScreeningSummary = z.infer<typeof screeningSummarySchema>;

export const screeningDetailSchema = screeningSummarySchema.extend({
  responses: z.array(
    z.object({
      instrumentId: z.string(),
      instrumentVersion: z.number().int(),
      answers: answersSchema,
      result: scoredResultSchema,
    }),
  ),
});
export type ScreeningDetail = z.infer<typeof screeningDetailSchema>;

export const screeningListQuerySchema = z.object({
  outcome: z.enum(screeningOutcomes).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

export const screeningListSchema = pagedListSchema(screeningSummarySchema);
