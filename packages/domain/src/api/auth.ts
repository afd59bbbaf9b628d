import { z } from 'zod';

/** Length limits follow NIST SP 800-63B / ASVS 5: no composition rules, long passphrases allowed. */
export const signInRequestSchema = z.object({
  username: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(128),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;
