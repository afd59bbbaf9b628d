import type { CoordinationRequest } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { countHit, type RateLimit, takeHit } from '../../db/rate-limits';
import { AppError } from '../../lib/errors';
import { notifyAgency } from '../referrals/notify';
import { caseHoldings, openCoordinationRef } from './record-holders';

/** One request per searching agency and case a day: a repeat is answered the same and tells nobody again. */
const ONCE_A_DAY: RateLimit = {
  scope: 'coordination_case',
  limit: 1,
  windowSeconds: 86_400,
  window: 'fixed',
};
/** A user's requests a day: enough for a busy post, too few to page through another agency's supervisors. */
const PER_USER: RateLimit = { scope: 'coordination_user', limit: 30, windowSeconds: 86_400, window: 'fixed' };

/**
 * "Another agency holds a record": the searcher asks that agency to coordinate. Its supervisors (who may share
 * or refer the case) are told in-app who asks — the searcher's agency and contact — and which case, by its code
 * and a link; nothing about the person goes either way. Audited for both agencies. The answer is the same
 * whatever the reference leads to, so it reveals nothing the search had not shown.
 */
export async function requestCoordination(ctx: RequestContext, input: CoordinationRequest): Promise<void> {
  authorize(ctx, 'case.create', 'case.read');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const caseId = openCoordinationRef(ctx, input.reference);
  if (!caseId)
    throw new AppError(400, 'validation', {}, [{ field: 'reference', code: 'invalid_value', message: '' }]);
  await ctx.transaction(async (tx) => {
    if (!(await takeHit(tx, PER_USER, actor.userId))) throw new AppError(429, 'coordination.rate_limited');
    const holding = (await caseHoldings(tx, [caseId])).get(caseId);
    // The case moved to the searcher's own agency since the search: there is nobody else to ask.
    if (!holding || holding.holderAgencyId === actor.agencyId) return;
    const first = (await countHit(tx, ONCE_A_DAY, `${actor.agencyId}:${caseId}`)) === 1;
    const [from] = await queryRows<{ name: string }>(
      tx,
      sql`select name from agencies where id = ${actor.agencyId}`,
    );
    // The searcher's own words may name the person: sealed into each supervisor's notification, opened (and
    // audited) only when that supervisor reads it.
    const words = input.message
      ? { text: input.message, seal: ctx.secrets.seal.bind(ctx.secrets) }
      : undefined;
    const told = first
      ? await notifyAgency(
          tx,
          holding.holderAgencyId,
          'case.break_glass',
          'coordination_requested',
          { caseId, caseCode: holding.caseCode, fromAgencyName: from?.name ?? '', contact: input.contact },
          null,
          words,
        )
      : 0;
    const details = { caseCode: holding.caseCode, repeat: !first, notified: told };
    await recordAudit(tx, ctx, {
      action: 'coordination.request',
      resourceType: 'case',
      resourceId: caseId,
      details: { ...details, toAgencyId: holding.holderAgencyId },
    });
    // The holding agency's side of the same event, so its own audit trail shows who asked about its case.
    await recordAudit(tx, ctx, {
      action: 'coordination.received',
      actorAgencyId: holding.holderAgencyId,
      resourceType: 'case',
      resourceId: caseId,
      details: { ...details, fromAgencyId: actor.agencyId },
    });
  });
}
