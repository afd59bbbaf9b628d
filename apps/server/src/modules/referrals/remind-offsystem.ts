import { sql } from 'drizzle-orm';
import { appendEventStatement } from '../../audit/append-event';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';
import { notifyUsers } from './notify';

interface DueOffSystem {
  id: string;
  case_id: string;
  case_code: string;
  status: string;
  sent_by: string;
  external_org: string;
  from_name: string;
}

/**
 * An off-system referral never expires and nobody in Lantern answers it: its sender records the organisation's
 * answers. When its completion deadline passes with no outcome recorded, the escalation run reminds the sender,
 * once (`sender_reminded_at`), in-app — the organisation's name and the case code, nothing about the person.
 * Runs in the escalation run's transaction and context.
 */
export async function remindOffSystemSenders(tx: Tx, now: Date, batch: number): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const due = await queryRows<DueOffSystem>(
    tx,
    sql`select r.id, r.case_id, r.case_code, r.status, r.sent_by, r.external_org, fa.name as from_name
        from referrals r join agencies fa on fa.id = r.from_agency_id
        where r.to_agency_id is null and r.status in ('sent', 'accepted', 'in_progress')
          and r.complete_by < ${at} and r.sender_reminded_at is null
        order by r.complete_by
        limit ${batch}
        for update of r skip locked`,
  );
  for (const referral of due) {
    await tx.execute(sql`update referrals set sender_reminded_at = ${at}, updated_at = ${at}
                         where id = ${referral.id}`);
    const told = await notifyUsers(tx, [referral.sent_by], 'referral_outcome_due', {
      referralId: referral.id,
      caseId: referral.case_id,
      caseCode: referral.case_code,
      fromAgencyName: referral.from_name,
      toAgencyName: referral.external_org,
      status: referral.status,
    });
    await tx.execute(
      appendEventStatement({
        occurredAt: now,
        actorUserId: null,
        actorAgencyId: null,
        action: 'referral.remind_sender',
        resourceType: 'referral',
        resourceId: referral.id,
        outcome: 'success',
        reason: null,
        ip: null,
        userAgent: 'lantern-system',
        requestId: 'referral-escalation',
        details: { caseId: referral.case_id, offSystem: true, notified: told },
      }),
    );
  }
  return due.length;
}
