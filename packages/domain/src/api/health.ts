import { z } from 'zod';

export const databaseEngineSchema = z.enum(['pglite', 'postgres']);
export type DatabaseEngine = z.infer<typeof databaseEngineSchema>;

export const healthResponseSchema = z.object({ status: z.literal('ok') });

export const readinessResponseSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  engine: databaseEngineSchema,
  checks: z.object({
    database: z.enum(['ok', 'failing']),
    migrations: z.object({
      status: z.enum(['current', 'pending', 'unknown', 'diverged']),
      applied: z.number().int(),
      pending: z.number().int(),
    }),
  }),
});
export type ReadinessResponse = z.infer<typeof readinessResponseSchema>;
