import { z } from 'zod';
import { statusSteps } from '../survivor-voice/status-step';

/**
 * Survivor voice (issue #20): the private status check and anonymous feedback. What the public pages receive
 * is a closed allow-list (`.strict()` on the way out as well as in): the status answer has no field that could
 * carry a name, an address, a shelter or a case detail.
 */

/** What the survivor typed; the server normalises it (spaces, dashes, case) and checks the alphabet. */
export const typedCodeSchema = z.object({ code: z.string().max(40) }).strict();
export type TypedCode = z.infer<typeof typedCodeSchema>;

export const statusCheckAnswerSchema = z
  .object({
    step: z.enum(statusSteps),
    /** The service of the referral the step is about (vn-referral-service code), when it is one. */
    service: z.string().nullable(),
    /** The day the step was reached (a referral sent or answered), when known. */
    stepOn: z.iso.date().nullable(),
    /** The next follow-up visit still to be made. */
    nextVisitOn: z.iso.date().nullable(),
    /** Whom to call: the case's agency, named only when it agreed to be named as a holder of records. */
    agencyName: z.string().nullable(),
    agencyPhone: z.string().nullable(),
  })
  .strict();
export type StatusCheckAnswer = z.infer<typeof statusCheckAnswerSchema>;

/** The case page's panel: whether the check is on and whether a code is live (never the code again). */
export const statusCheckPanelSchema = z.object({
  enabled: z.boolean(),
  codeIssuedAt: z.iso.datetime().nullable(),
});
export type StatusCheckPanel = z.infer<typeof statusCheckPanelSchema>;

/** A code just issued: shown once to the worker, who hands it over; only its keyed hash is stored. */
export const issuedStatusCodeSchema = statusCheckPanelSchema.extend({ code: z.string() });
export type IssuedStatusCode = z.infer<typeof issuedStatusCodeSchema>;

export const statusCheckSettingSchema = z.object({ enabled: z.boolean() }).strict();
export type StatusCheckSetting = z.infer<typeof statusCheckSettingSchema>;
