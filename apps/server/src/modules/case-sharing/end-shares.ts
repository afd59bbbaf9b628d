import { inArray, sql } from 'drizzle-orm';
import { sharingConsented } from '../../access/case-policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { caseEvents, caseShares } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { notifyAgency } from '../referrals/notify';

export type ShareEnd = 'revoked' | 'consent_withdrawn';

interface LiveShare {
  id: string;
  agency_id: string;
}

/**
 * Ends shares of a case in the caller's transaction: marks why, writes a timeline line and an audit event
 * for each, and tells the users of the recipient agency who read cases (in-app), so nobody there is left
 * wondering where the case went.
 */
export async function endShares(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  shares: LiveShare[],
  because: ShareEnd,
  cause: Record<string, string> = {},
): Promise<void> {
  if (shares.length === 0) return;
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  await tx
    .update(caseShares)
    .set({ revokedAt: new Date(), revokedBy: actor.userId, endedBecause: because })
    .where(
      inArray(
        caseShares.id,
        shares.map((share) => share.id),
      ),
    );
  const [kase] = await queryRows<{ code: string; agency_name: string }>(
    tx,
    sql`select c.code, a.name as agency_name from cases c join agencies a on a.id = c.owner_agency_id
        where c.id = ${caseId}`,
  );
  for (const share of shares) {
    await tx.insert(caseEvents).values({
      id: newId(),
      caseId,
      actorUserId: actor.userId,
      kind: because === 'consent_withdrawn' ? 'share.ended_by_consent' : 'share.revoked',
      details: { agencyId: share.agency_id, because, ...cause },
    });
    const notified = await notifyAgency(tx, share.agency_id, 'case.read', 'share_ended', {
      caseId,
      caseCode: kase?.code ?? null,
      byAgencyName: kase?.agency_name ?? null,
      because,
    });
    await recordAudit(tx, ctx, {
      action: 'case.share_revoke',
      resourceType: 'case',
      resourceId: caseId,
      details: { agencyId: share.agency_id, because, notified, ...cause },
    });
  }
}

/**
 * After a consent is withdrawn, every live share of the case that no live sharing consent covers any more
 * ends now (a share still covered by another consent stays: the sharing narrows, it does not all stop).
 * Access itself stopped with the withdrawal — both walls ask for a live consent on every read — this makes
 * the end explicit, recorded and known to the recipient (open referrals: referrals/end-referrals.ts).
 */
export async function endSharesBeyondConsent(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  consentId: string,
): Promise<number> {
  const uncovered = await queryRows<LiveShare>(
    tx,
    sql`select s.id, s.agency_id from case_shares s
        where s.case_id = ${caseId} and s.revoked_at is null
          and not ${sharingConsented(sql`s.case_id`, sql`s.agency_id`)}
        for update of s`,
  );
  await endShares(tx, ctx, caseId, uncovered, 'consent_withdrawn', { consent: consentId });
  return uncovered.length;
}
