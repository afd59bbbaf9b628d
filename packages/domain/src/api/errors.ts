import { z } from 'zod';
import { matchCandidateSchema } from './cases';

/** One problem with one input field, named by its dotted path ("person.dateOfBirth"). */
export const fieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The only error shape the API answers with. `message` is already in the caller's language. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    details: z.array(fieldErrorSchema).optional(),
    /** With `case.probable_duplicate`: the records found, as a search would show them (no second search needed). */
    candidates: z.array(matchCandidateSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
