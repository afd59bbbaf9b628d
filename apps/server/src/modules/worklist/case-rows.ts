import {
  type CaseState,
  isVerificationOverdue,
  VERIFICATION_DAYS,
  verificationDueOn,
  type WorklistCase,
} from '@lantern/domain';
import { and, eq, inArray, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import type { RequestContext } from '../../context/request-context';
import { cases } from '../../db/schema';
import type { Tx } from '../../db/types';
import { personRef, staffNames } from '../case-work/case-in-work';

/** States in which the Law's verification deadline runs. */
export const awaitingVerification: CaseState[] = ['received', 'under_verification'];
const finished: CaseState[] = ['closed', 'not_victim'];

/** The last reception day whose verification is still on time today: anything received earlier is late. */
export function lateIfReceivedBefore(today: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - VERIFICATION_DAYS);
  return day.toISOString().slice(0, 10);
}

/** The agency's open cases the actor registered: awaiting verification first (oldest, so soonest due), then the rest. */
export function myOpenCases(ctx: RequestContext): SQL {
  return and(
    eq(cases.ownerAgencyId, ctx.actor?.agencyId ?? ''),
    eq(cases.createdBy, ctx.actor?.userId ?? ''),
    notInArray(cases.state, finished),
  ) as SQL;
}

/** The agency's cases still awaiting verification after the deadline. */
export function lateCases(ctx: RequestContext, today: string): SQL {
  return and(
    eq(cases.ownerAgencyId, ctx.actor?.agencyId ?? ''),
    inArray(cases.state, awaitingVerification),
    lt(cases.receivedOn, lateIfReceivedBefore(today)),
  ) as SQL;
}

const awaitingFirst = sql`case when ${cases.state} in ('received', 'under_verification') then 0 else 1 end`;

export async function readCases(
  tx: Tx,
  ctx: RequestContext,
  where: SQL,
  page: { today: string; limit: number },
): Promise<WorklistCase[]> {
  const rows = await tx
    .select({
      id: cases.id,
      code: cases.code,
      state: cases.state,
      receivedOn: cases.receivedOn,
      createdBy: cases.createdBy,
    })
    .from(cases)
    .where(and(caseScope(ctx), where))
    .orderBy(awaitingFirst, cases.receivedOn, cases.id)
    .limit(page.limit);
  const names = await staffNames(
    tx,
    rows.map((row) => row.createdBy),
  );
  return rows.map((row) => {
    const state = row.state as CaseState;
    const awaiting = awaitingVerification.includes(state);
    return {
      id: row.id,
      code: row.code,
      state,
      receivedOn: row.receivedOn,
      verificationDueOn: awaiting ? verificationDueOn(row.receivedOn) : null,
      overdue: isVerificationOverdue(state, row.receivedOn, page.today),
      worker: personRef(names, row.createdBy),
    };
  });
}
