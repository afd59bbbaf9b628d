import { sql } from 'drizzle-orm';
import { sharingConsented } from '../../access/case-policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { caseEvents } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { notifyAgency } from './notify';

/**
 * After a sharing consent is withdrawn, every open referral of the case that relied on consent and that no live
 * sharing consent covers any more stops now (revoked, because the consent ended). Both walls already refuse
 * the recipient's reads from the withdrawal on; this makes the end explicit, on the timeline, in the audit
 * trail and in the recipient's notifications. A referral sent under an audited override did not rely on consent.
 */
export async function endReferralsBeyondConsent(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  consentId: string,
): Promise<number> {
  const stopped = await queryRows<{
    id: string;
    to_agency_id: string | null;
    case_code: string;
    from_name: string;
  }>(
    tx,
    sql`update referrals r set status = 'revoked', ended_because = 'consent_withdrawn', closed_at = now(),
               closed_by = ${ctx.actor?.userId ?? null}, updated_at = now()
        from agencies a
        where a.id = r.from_agency_id and r.case_id = ${caseId}
          and r.status in ('sent', 'accepted', 'in_progress') and not r.consent_overridden
          and not (case when r.to_agency_id is null
                   then exists (select 1 from consents c where c.case_id = r.case_id and c.purpose = 'sharing'
                                  and c.withdrawn_at is null and r.external_org_type = any(c.sharing_agency_types))
                   else ${sharingConsented(sql`r.case_id`, sql`r.to_agency_id`)} end)
        returning r.id, r.to_agency_id, r.case_code, a.name as from_name`,
  );
  for (const referral of stopped) {
    await tx.insert(caseEvents).values({
      id: newId(),
      caseId,
      actorUserId: ctx.actor?.userId ?? null,
      kind: 'referral.ended_by_consent',
      details: { referral: referral.id, agencyId: referral.to_agency_id, consent: consentId },
    });
    const told =
      referral.to_agency_id === null
        ? 0
        : await notifyAgency(tx, referral.to_agency_id, 'referral.respond', 'referral_ended_by_consent', {
            referralId: referral.id,
            caseId,
            caseCode: referral.case_code,
            fromAgencyName: referral.from_name,
          });
    await recordAudit(tx, ctx, {
      action: 'referral.end_by_consent',
      resourceType: 'referral',
      resourceId: referral.id,
      details: { caseId, consent: consentId, notified: told },
    });
  }
  return stopped.length;
}
