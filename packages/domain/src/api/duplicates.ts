import { z } from 'zod';

/**
 * Pairs of person records that the nightly or on-demand scan found alike (GET /api/duplicates).
 * Shared by the server (OpenAPI) and the web app.
 */

export const duplicateStatuses = ['open', 'merged', 'dismissed'] as const;
export type DuplicateStatus = (typeof duplicateStatuses)[number];

export const duplicateSideSchema = z.object({
  personId: z.string(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  ownAgency: z.boolean(),
  /** Only for the supervisor's own agency's record (an audited view of identifying data). */
  fullName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  /** When only the year, or only an approximate age, is known (own agency's record only, like the name). */
  birthYear: z.number().int().nullable().optional(),
  approximateAge: z.object({ years: z.number().int(), on: z.string() }).nullable().optional(),
});
export type DuplicateSide = z.infer<typeof duplicateSideSchema>;

export const duplicatePairSchema = z.object({
  id: z.string(),
  score: z.number(),
  band: z.enum(['probable', 'possible']),
  reasons: z.array(z.object({ code: z.string(), weight: z.number() })),
  status: z.enum(duplicateStatuses),
  foundAt: z.string(),
  decidedAt: z.string().nullable(),
  a: duplicateSideSchema,
  b: duplicateSideSchema,
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;
