import {
  type ReferralUrgency,
  type ReferralWindows,
  type ReferralWindowsInput,
  type ReferralWindowsView,
  referralUrgencies,
  referralWindows,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { referralWindowSettings } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, type FieldProblem } from '../../lib/errors';

/**
 * The answer and completion windows new referrals get: the administrator's, where set, else the built-in
 * defaults. One primary-key read of at most three rows; existing referrals keep the deadlines they were sent with.
 */
export async function configuredWindows(tx: Tx): Promise<ReferralWindows> {
  return windowsFrom(await tx.select().from(referralWindowSettings));
}

/** The configured rows over the defaults. */
export function windowsFrom(
  rows: ReadonlyArray<{ urgency: ReferralUrgency; respondHours: number; completeHours: number }>,
): ReferralWindows {
  const windows: ReferralWindows = { ...referralWindows };
  for (const row of rows)
    windows[row.urgency] = { respondHours: row.respondHours, completeHours: row.completeHours };
  return windows;
}

/** The configured rows as one json column, for a query that reads them along with other things. */
export const windowsColumn = sql`(select coalesce(json_agg(json_build_object('urgency', w.urgency,
    'respondHours', w.respond_hours, 'completeHours', w.complete_hours)), '[]'::json) from referral_windows w)`;

async function view(tx: Tx): Promise<ReferralWindowsView> {
  const [latest] = await tx
    .select({ at: sql<string | null>`max(${referralWindowSettings.updatedAt})::text` })
    .from(referralWindowSettings);
  return {
    windows: await configuredWindows(tx),
    defaults: referralWindows,
    updatedAt: latest?.at ? new Date(latest.at).toISOString() : null,
  };
}

/** The windows in force, for senders (the referral form says "answer within 24 h") and administrators. */
export async function getReferralWindows(ctx: RequestContext): Promise<ReferralWindowsView> {
  authorize(ctx, 'referral.create', 'referral.respond', 'case.read', 'admin.agencies.manage');
  return ctx.transaction((tx) => view(tx));
}

/** What the schema cannot say: work is never due before the answer. */
export function checkWindows(input: ReferralWindowsInput): FieldProblem[] {
  return referralUrgencies.flatMap((urgency) =>
    input[urgency].completeHours < input[urgency].respondHours
      ? [{ field: `${urgency}.completeHours`, code: 'complete_before_answer', message: '' }]
      : [],
  );
}

/**
 * Sets the installation's windows (all three urgencies at once, so the form and the store never disagree).
 * Configuration for administrators; audited with the old and the new values.
 */
export async function setReferralWindows(
  ctx: RequestContext,
  input: ReferralWindowsInput,
): Promise<ReferralWindowsView> {
  authorize(ctx, 'admin.agencies.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const problems = checkWindows(input);
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
  return ctx.transaction(async (tx) => {
    const before = await configuredWindows(tx);
    const now = new Date();
    for (const urgency of referralUrgencies as readonly ReferralUrgency[]) {
      const window = { ...input[urgency], updatedBy: actor.userId, updatedAt: now };
      await tx
        .insert(referralWindowSettings)
        .values({ urgency, ...window })
        .onConflictDoUpdate({ target: referralWindowSettings.urgency, set: window });
    }
    const summary = (w: ReferralWindows) =>
      referralUrgencies.map((u) => `${u}:${w[u].respondHours}/${w[u].completeHours}`).join(',');
    await recordAudit(tx, ctx, {
      action: 'referral.windows_update',
      resourceType: 'referral_windows',
      details: { before: summary(before), after: summary(input) },
    });
    return view(tx);
  });
}
