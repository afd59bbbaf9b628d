import { z } from 'zod';
import { MAX_PARTICIPANTS_PER_LINE } from '../training/frontline';

/**
 * The training register (issue #19): a training an agency organised, the standard tools it covered and who
 * took part — counted by agency, role and sex, or named by their Lantern account. Staff only: no victim data.
 */
const day = z.iso.date();
const code = z.string().min(1).max(64);

export const trainingParticipantInputSchema = z.object({
  agencyId: z.uuid(),
  /** vn-training-role */
  role: code,
  /** HTCDS gender code of the people on this line, when the organiser counted by sex. */
  sex: z.enum(['Feminine', 'Masculine']).nullish(),
  count: z.number().int().min(1).max(MAX_PARTICIPANTS_PER_LINE).default(1),
  /** A named participant with a Lantern account of that agency (the line then counts one person). */
  userId: z.uuid().nullish(),
});
export type TrainingParticipantInput = z.infer<typeof trainingParticipantInputSchema>;

export const recordTrainingSchema = z.object({
  heldOn: day,
  title: z.string().trim().min(1).max(200),
  /** vn-training-tool codes */
  tools: z.array(code).min(1).max(10),
  participants: z.array(trainingParticipantInputSchema).min(1).max(100),
});
export type RecordTrainingInput = z.infer<typeof recordTrainingSchema>;

/** A correction replaces what is given: the participant list is replaced whole. */
export const updateTrainingSchema = recordTrainingSchema.partial();
export type UpdateTrainingInput = z.infer<typeof updateTrainingSchema>;

export const trainingParticipantSchema = z.object({
  id: z.string(),
  agency: z.object({ id: z.string(), name: z.string() }),
  role: z.string(),
  sex: z.string().nullable(),
  count: z.number(),
  user: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

export const trainingEventSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  title: z.string(),
  tools: z.array(z.string()),
  agency: z.object({ id: z.string(), name: z.string() }),
  participants: z.array(trainingParticipantSchema),
  totalParticipants: z.number(),
  frontlineParticipants: z.number(),
});
export type TrainingEvent = z.infer<typeof trainingEventSchema>;

export const trainingListQuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
});

export const trainingListSchema = z.object({ items: z.array(trainingEventSchema) });
