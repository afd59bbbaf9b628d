import { escalationStep, type ReferralStatus } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { appendEventStatement } from '../../audit/append-event';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import type { Database, Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { notifyAgency, notifyProvinceCoordinators, notifyUsers } from './notify';
import { remindOffSystemSenders } from './remind-offsystem';

interface OpenReferral {
  id: string;
  case_id: string;
  case_code: string;
  status: ReferralStatus;
  created_at: Date;
  respond_by: Date;
  complete_by: Date;
  escalation_level: number;
  sent_by: string;
  from_agency_id: string;
  to_agency_id: string;
  to_name: string;
  to_province: string;
  from_name: string;
}

export interface EscalationOutcome {
  escalated: number;
  expired: number;
  /** Senders of off-system referrals reminded that no outcome was recorded by the deadline. */
  reminded: number;
}

/** The run's own context: no actor, and the one permission the referral policies give it. */
export const ESCALATION_CONTEXT = {
  requestId: 'referral-escalation',
  actorId: null,
  agencyId: null,
  permissions: ['referral.escalate'],
};

async function audit(
  tx: Tx,
  action: string,
  referral: OpenReferral,
  details: Record<string, string | number>,
) {
  await tx.execute(
    appendEventStatement({
      occurredAt: new Date(),
      actorUserId: null,
      actorAgencyId: null,
      action,
      resourceType: 'referral',
      resourceId: referral.id,
      outcome: 'success',
      reason: null,
      ip: null,
      userAgent: 'lantern-system',
      requestId: ESCALATION_CONTEXT.requestId,
      details: { caseId: referral.case_id, ...details },
    }),
  );
}

async function step(tx: Tx, referral: OpenReferral, now: Date): Promise<'expire' | 1 | 2 | null> {
  const next = escalationStep(
    {
      status: referral.status,
      sentAt: new Date(referral.created_at),
      respondBy: new Date(referral.respond_by),
      completeBy: new Date(referral.complete_by),
      escalationLevel: referral.escalation_level,
    },
    now,
  );
  if (next === null) return null;
  const about = {
    referralId: referral.id,
    caseId: referral.case_id,
    caseCode: referral.case_code,
    fromAgencyName: referral.from_name,
    toAgencyName: referral.to_name,
  };
  const timeline = next === 'expire' ? 'referral.expired' : 'referral.escalated';
  await tx.execute(
    sql`select lantern_referral_timeline(${referral.id}::uuid, ${newId()}::uuid, ${timeline})`,
  );
  if (next === 'expire') {
    await tx.execute(sql`update referrals set status = 'expired', closed_at = ${now.toISOString()}::timestamptz,
                         updated_at = ${now.toISOString()}::timestamptz where id = ${referral.id}`);
    const told =
      (await notifyUsers(tx, [referral.sent_by], 'referral_answered', { ...about, status: 'expired' })) +
      (await notifyAgency(tx, referral.to_agency_id, 'referral.respond', 'referral_answered', {
        ...about,
        status: 'expired',
      }));
    await audit(tx, 'referral.expire', referral, { notified: told });
    return next;
  }
  await tx.execute(sql`update referrals set escalation_level = ${next}, escalated_at = ${now.toISOString()}::timestamptz,
                       updated_at = ${now.toISOString()}::timestamptz where id = ${referral.id}`);
  const data = { ...about, status: referral.status, level: next };
  const told =
    next === 1
      ? await notifyAgency(tx, referral.to_agency_id, 'case.break_glass', 'referral_overdue', data)
      : await notifyProvinceCoordinators(tx, referral.to_province, 'referral_overdue', data);
  await audit(tx, 'referral.escalate', referral, { level: next, notified: told });
  return next;
}

/**
 * When an open referral that can still move next falls due: the earlier of its deadlines while it waits for an
 * answer below level 2, otherwise its completion deadline — the expression of `referrals_escalation_due_idx`
 * (migration 0053), written the same way so that a run reads only the late referrals from that index.
 */
const dueMoment = sql.raw(
  `(case when r.status = 'sent' and r.escalation_level < 2 then least(r.respond_by, r.complete_by) else r.complete_by end)`,
);

/**
 * Escalates the open referrals that are late at `now`: level 1 tells the recipient's supervisors, level 2 the
 * provincial coordinators of the recipient's province; a referral nobody answered by its completion deadline
 * expires (both sides told); the sender of an off-system referral past its deadline without an outcome is
 * reminded once. Each referral moves at most one step per run and is recorded on the case's
 * timeline and in the audit trail. Runs as the request role with the escalation permission only.
 */
export async function escalateReferrals(
  database: Pick<Database, 'background'>,
  now = new Date(),
  batch = 200,
): Promise<EscalationOutcome> {
  const at = sql`${now.toISOString()}::timestamptz`;
  return runInRequestTransaction(database.background, ESCALATION_CONTEXT, async (tx) => {
    const due = await queryRows<OpenReferral>(
      tx,
      sql`select r.id, r.case_id, r.case_code, r.status, r.created_at, r.respond_by, r.complete_by,
                 r.escalation_level, r.sent_by, r.from_agency_id, r.to_agency_id,
                 ta.name as to_name, ta.province_code as to_province, fa.name as from_name
          from referrals r join agencies ta on ta.id = r.to_agency_id join agencies fa on fa.id = r.from_agency_id
          where r.status in ('sent', 'accepted', 'in_progress') and (r.escalation_level < 2 or r.status = 'sent')
            and ${dueMoment} < ${at}
          order by ${dueMoment}
          limit ${batch}
          for update of r skip locked`,
    );
    const outcome: EscalationOutcome = { escalated: 0, expired: 0, reminded: 0 };
    for (const referral of due) {
      const done = await step(tx, referral, now);
      if (done === 'expire') outcome.expired += 1;
      else if (done !== null) outcome.escalated += 1;
    }
    outcome.reminded = await remindOffSystemSenders(tx, now, batch);
    return outcome;
  });
}
