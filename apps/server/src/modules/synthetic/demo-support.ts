import { toVietNamDate } from '@lantern/domain';
import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { approvalReasonContext, deliveryNoteContext, planObjectivesContext } from '../support/support-rows';

/** The demo's support team: the case worker asks, the supervisor decides (two-person rule). */
const DEMO_AGENCY = { type: 'social_work_centre', province: '15' } as const;
const HARDSHIP = 'vn.InitialHardshipAllowanceAndLoans';
const OBJECTIVES = [
  'Ổn định chỗ ở và sức khỏe trong 3 tháng đầu sau khi trở về.',
  'Hỗ trợ tâm lý, kết nối gia đình và học nghề may.',
  'Trợ cấp khó khăn ban đầu và tư vấn vay vốn Ngân hàng Chính sách xã hội.',
];
/** What each demo case's allowance shows the supervisor: waiting (most), approved, one rejected. */
const DECISIONS = ['pending', 'pending', 'approved', 'rejected', 'pending', 'approved'] as const;
const DAY = 86_400_000;

/** The later of two ISO days (compared as text, which orders them). */
const laterDay = (a: string, b: string) => [a, b].sort()[1] as string;
const dayBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

/**
 * A new demo's support work: on up to six open cases of the demo case worker's agency, a support plan with
 * planned services, a medical service given, and an initial hardship allowance asked for — most waiting for the
 * supervisor (minh.tran), some approved, one rejected with its reason — written as the API writes them (sealed
 * text, timeline lines, one system audit event).
 */
export async function fillDemoSupport(session: SqlSession, keys: KeyRing, now = new Date()): Promise<number> {
  const today = toVietNamDate(now);
  const { rows: staff } = await session.query<{ agency: string; worker: string; supervisor: string }>(
    `select a.id as agency,
        (select u.id from users u where u.agency_id = a.id and u.username = 'lan.nguyen') as worker,
        (select u.id from users u where u.agency_id = a.id and u.username = 'minh.tran') as supervisor
       from agencies a where a.type_code = $1 and a.province_code = $2 order by a.id limit 1`,
    [DEMO_AGENCY.type, DEMO_AGENCY.province],
  );
  const team = staff[0];
  if (!team?.worker || !team.supervisor) return 0;
  const { rows: cases } = await session.query<{ id: string; received_on: string }>(
    `select id, received_on::text from cases where owner_agency_id = $1 and state <> 'closed'
       and not exists (select 1 from support_plans p where p.case_id = cases.id)
     order by received_on desc limit $2`,
    [team.agency, DECISIONS.length],
  );
  const event = (caseId: string, at: Date, actor: string, kind: string, details: object) =>
    session.query(
      'insert into case_events (id, case_id, at, actor_user_id, kind, details) values ($1, $2, $3, $4, $5, $6)',
      [newId(), caseId, at, actor, kind, JSON.stringify(details)],
    );
  for (const [index, kase] of cases.entries()) {
    const decision = DECISIONS[index] ?? 'pending';
    // Support starts after the case was opened and before today: a plan, then a service, then the money.
    const startOn = laterDay(kase.received_on, dayBefore(today, 20));
    const deliveredOn = laterDay(startOn, dayBefore(today, 5));
    const at = new Date(`${deliveredOn}T03:00:00Z`);
    const planId = newId();
    await session.query(
      `insert into support_plans (id, case_id, plan_type, objectives_sealed, services, start_on, planned_end_on,
          review_on, created_by, created_at, updated_at)
       values ($1, $2, 'Financial', $3, $4, $5, ($5::date + 180), ($5::date + 30), $6, $7, $7)`,
      [
        planId,
        kase.id,
        keys.seal(OBJECTIVES[index % OBJECTIVES.length] as string, planObjectivesContext(planId)),
        JSON.stringify(
          [HARDSHIP, 'vn.Medical', 'vn.Psychological'].map((regime) => ({
            regime,
            agencyId: team.agency,
            referralId: null,
            noteSealed: null,
          })),
        ),
        startOn,
        team.worker,
        at,
      ],
    );
    await event(kase.id, at, team.worker, 'support.plan_created', { plan: planId, planType: 'Financial' });
    const medical = newId();
    const allowance = newId();
    const amountVnd = [1_500_000, 2_000_000, 3_000_000][index % 3] as number;
    const status = decision === 'pending' ? 'pending' : decision;
    await session.query(
      `insert into support_deliveries (id, case_id, plan_id, regime, delivered_on, agency_id, recorded_by, quantity,
          amount_vnd, note_sealed, status, created_at, updated_at)
       values ($1, $2, $3, 'vn.Medical', $4, $5, $6, 1, null, null, 'recorded', $7, $7),
              ($8, $2, $3, $9, $4, $5, $6, 1, $10, $11, $12, $7, $7)`,
      [
        medical,
        kase.id,
        planId,
        deliveredOn,
        team.agency,
        team.worker,
        at,
        allowance,
        HARDSHIP,
        amountVnd,
        keys.seal('Trợ cấp khó khăn ban đầu, chuyển khoản', deliveryNoteContext(allowance)),
        status,
      ],
    );
    await event(kase.id, at, team.worker, 'support.delivery_recorded', { delivery: allowance, money: true });
    const approval = newId();
    const decidedAt = decision === 'pending' ? null : new Date(at.getTime() + DAY);
    await session.query(
      `insert into support_approvals (id, case_id, agency_id, kind, delivery_id, status, requested_by, requested_at,
          decided_by, decided_at, reason_sealed)
       values ($1, $2, $3, 'delivery', $4, $5, $6, $7, $8, $9, $10)`,
      [
        approval,
        kase.id,
        team.agency,
        allowance,
        decision,
        team.worker,
        at,
        decidedAt ? team.supervisor : null,
        decidedAt,
        decision === 'rejected'
          ? keys.seal('Thiếu biên nhận có chữ ký của người nhận.', approvalReasonContext(approval))
          : null,
      ],
    );
    await event(kase.id, at, team.worker, 'support.approval_requested', { approval, delivery: allowance });
    if (decidedAt) await event(kase.id, decidedAt, team.supervisor, `support.${decision}`, { approval });
  }
  await recordSystemAudit(session, { action: 'system.demo_support', details: { cases: cases.length } });
  return cases.length;
}
