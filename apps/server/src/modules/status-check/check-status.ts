import {
  type CaseState,
  normaliseCode,
  type StatusCheckAnswer,
  statusCheckAnswerSchema,
  statusStepOf,
  type TypedCode,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { AppError } from '../../lib/errors';
import { publicLimits, withinPublicLimits } from './public-limits';
import { codeHash } from './status-code';

interface StatusRow {
  case_state: CaseState;
  service: string | null;
  referral_status: string | null;
  step_on: string | Date | null;
  next_visit_on: string | Date | null;
  agency_name: string | null;
  agency_phone: string | null;
}

const isoDay = (value: string | Date | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * The public status page: no session, the request role only, and the case read solely through
 * lantern_status_check (migration 0037), which answers the allow-listed columns. An unknown, revoked or
 * switched-off code answers the same "not found", so the page never tells whether a case exists. The answer
 * is parsed with the strict schema on the way out: a column added to the function later cannot slip through.
 */
export async function checkStatus(ctx: RequestContext, input: TypedCode): Promise<StatusCheckAnswer> {
  const code = normaliseCode(input.code);
  const hashed = code === undefined ? undefined : codeHash(ctx, 'status', code);
  const limits = { address: publicLimits.statusAddress, code: publicLimits.statusCode };
  const outcome = await ctx.transaction(async (tx) => {
    if (!(await withinPublicLimits(tx, ctx, limits, hashed))) return { refused: 'limited' as const };
    const [row] = hashed
      ? await queryRows<StatusRow & { case_id: string }>(
          tx,
          sql`select * from lantern_status_check(${hashed})`,
        )
      : [];
    await recordAudit(tx, ctx, {
      action: 'status_check.lookup',
      outcome: row ? 'success' : 'failure',
      ...(row ? { resourceType: 'case', resourceId: row.case_id } : {}),
    });
    return row ? { row } : { refused: 'unknown' as const };
  });
  if ('refused' in outcome)
    throw outcome.refused === 'limited'
      ? new AppError(429, 'status_check.rate_limited')
      : new AppError(404, 'status_check.unknown_code');
  const { row } = outcome;
  return statusCheckAnswerSchema.parse({
    step: statusStepOf({ caseState: row.case_state, referralStatus: row.referral_status }),
    service: row.referral_status ? row.service : null,
    stepOn: row.referral_status ? isoDay(row.step_on) : null,
    nextVisitOn: isoDay(row.next_visit_on),
    agencyName: row.agency_name,
    agencyPhone: row.agency_phone,
  });
}
