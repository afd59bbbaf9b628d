import { z } from 'zod';
import { referralUrgencies } from '../referrals/lifecycle';
import { referralSchema, sendReferralSchema } from './referrals';

/**
 * What a supervisor does with the team's referrals: sees what is late on either side and what was declined,
 * and sends a declined one on to another agency (re-route). And the deadline windows an administrator sets.
 */

/** Where the re-routed referral goes; everything else (services, sections, urgency, message) is carried over. */
export const rerouteReferralSchema = sendReferralSchema
  .pick({ agencyId: true, external: true, consentOverride: true, completeBy: true })
  .describe('The new recipient: an agency (agencyId) or an organisation outside Lantern (external)');
export type RerouteReferralInput = z.infer<typeof rerouteReferralSchema>;

const supervisedList = z.object({
  items: z.array(referralSchema),
  /** More exist than the view shows (it shows the most pressing first). */
  hasMore: z.boolean(),
});

export const referralSupervisionSchema = z.object({
  /** Referrals to the agency that are late: unanswered past the answer deadline, or work past completion. */
  overdueIncoming: supervisedList,
  /** Referrals the agency sent that the other side is late on (off-system ones: no outcome recorded in time). */
  overdueOutgoing: supervisedList,
  /** Declined or expired referrals the agency sent that nobody has re-routed yet. */
  toReroute: supervisedList,
});
export type ReferralSupervision = z.infer<typeof referralSupervisionSchema>;

const hours = z
  .number()
  .int()
  .min(1)
  .max(24 * 365);
const urgencyWindow = z.object({
  respondHours: hours.describe('Hours the recipient has to answer (accept or decline)'),
  completeHours: hours.describe(
    'Hours by which the services should be delivered; not less than respondHours',
  ),
});

export const referralWindowsSchema = z.object(
  Object.fromEntries(referralUrgencies.map((urgency) => [urgency, urgencyWindow])) as Record<
    (typeof referralUrgencies)[number],
    typeof urgencyWindow
  >,
);
export type ReferralWindowsInput = z.infer<typeof referralWindowsSchema>;

export const referralWindowsViewSchema = z.object({
  windows: referralWindowsSchema,
  /** The built-in windows, which apply while an administrator has set none. */
  defaults: referralWindowsSchema,
  updatedAt: z.string().nullable(),
});
export type ReferralWindowsView = z.infer<typeof referralWindowsViewSchema>;
