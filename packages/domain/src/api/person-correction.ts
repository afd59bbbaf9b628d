import { z } from 'zod';
import { personIdentitySchema, personProfileSchema } from './cases';

/**
 * The person of a case as it stands, for correcting: the identity (sealed at rest), the profile and the
 * version a correction must be based on (a stale one is refused, so no one's correction is silently lost).
 */
export const personRecordSchema = z.object({
  identity: personIdentitySchema,
  profile: personProfileSchema,
  version: z.string().describe('Send it back with a correction; a newer one on the server answers 409'),
  corrections: z.number().int().describe('How many times the identity was corrected before'),
});
export type PersonRecord = z.infer<typeof personRecordSchema>;

/** A correction after registration: the whole identity and/or the whole profile as they should be. */
export const correctPersonSchema = z.object({
  version: z.string().min(1).max(40),
  reason: z.string().trim().min(3).max(1000).describe('Why the record is corrected; kept sealed'),
  identity: personIdentitySchema.optional(),
  profile: personProfileSchema.optional(),
});
export type CorrectPersonInput = z.infer<typeof correctPersonSchema>;

export const personCorrectedSchema = personRecordSchema.extend({
  /** The names of the fields that changed (never their values). */
  changed: z.object({ identity: z.array(z.string()), profile: z.array(z.string()) }),
  /** Other people the corrected identity now probably matches (their count only; the duplicates review decides). */
  probableDuplicates: z.number().int(),
});
export type PersonCorrected = z.infer<typeof personCorrectedSchema>;

export const personHistoryEntrySchema = z.object({
  id: z.string(),
  changedAt: z.string(),
  changedBy: z.object({ id: z.string(), displayName: z.string() }),
  fields: z.array(z.string()),
  /** The identity as it was before this correction. */
  identity: personIdentitySchema,
  reason: z.string(),
});
export const personHistorySchema = z.object({ entries: z.array(personHistoryEntrySchema) });
export type PersonHistory = z.infer<typeof personHistorySchema>;
