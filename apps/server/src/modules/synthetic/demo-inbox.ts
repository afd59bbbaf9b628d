import { type ReferralUrgency, referralDeadlines } from '@lantern/domain';
import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { referralSealContext } from '../referrals/referral-view';

/** Who the demo accounts work for, and what lands in their inbox on a new demo. */
const DEMO_INBOXES = [
  { type: 'social_work_centre', province: '15', count: 5 },
  { type: 'womens_union_one_stop', province: '91', count: 3 },
] as const;

const MESSAGES = [
  'Người được hỗ trợ vừa trở về qua cửa khẩu, cần chỗ ở tạm thời và khám sức khỏe.',
  'Gia đình chưa liên lạc được; đề nghị hỗ trợ tâm lý và tìm kiếm người thân.',
  'Đề nghị tư vấn học nghề và giới thiệu việc làm sau khi ổn định.',
];
const SERVICES: Record<string, string[]> = {
  social_work_centre: ['vn.Shelter', 'vn.Psychological'],
  womens_union_one_stop: ['vn.Psychological', 'vn.VocationalTrainingAndEmployment'],
};
const HOUR = 3_600_000;

interface Candidate {
  case_id: string;
  code: string;
  owner: string;
  sender: string;
}

/**
 * A new demo's inboxes look like work: the demo accounts' own agencies receive a few open referrals (one of them
 * overdue, one urgent) from other agencies, of their province first, each within the person's sharing consent, written
 * as the API writes them (sealed message, timeline line, notifications, one system audit event). The synthetic
 * caseload alone spreads its few open referrals over 34 provinces and may leave these inboxes empty.
 */
export async function fillDemoInboxes(session: SqlSession, keys: KeyRing, now = new Date()): Promise<number> {
  let sent = 0;
  for (const inbox of DEMO_INBOXES) {
    const { rows: recipients } = await session.query<{ id: string; name: string }>(
      'select id, name from agencies where type_code = $1 and province_code = $2 order by id limit 1',
      [inbox.type, inbox.province],
    );
    const recipient = recipients[0];
    if (!recipient) continue;
    const { rows: candidates } = await session.query<Candidate>(
      `select c.id as case_id, c.code, c.owner_agency_id as owner,
              (select u.id from users u join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
                where u.agency_id = c.owner_agency_id and 'referral.create' = any(r.permissions)
                order by u.id limit 1) as sender
         from cases c join agencies a on a.id = c.owner_agency_id
        where c.owner_agency_id <> $1 and c.state <> 'closed'
          and exists (select 1 from consents s where s.case_id = c.id and s.purpose = 'sharing'
                        and s.withdrawn_at is null and $3 = any(s.sharing_agency_types))
          and not exists (select 1 from referrals r where r.case_id = c.id and r.to_agency_id = $1)
        order by a.province_code = $2 desc, c.received_on desc limit $4`,
      [recipient.id, inbox.province, inbox.type, inbox.count],
    );
    for (const [index, candidate] of candidates.entries()) {
      if (!candidate.sender) continue;
      const urgency: ReferralUrgency = index === 0 ? 'urgent' : 'normal';
      // The second one was sent four days ago and nobody has answered: the inbox shows it overdue.
      const sentAt = new Date(now.getTime() - (index === 1 ? 96 : 2 + index * 5) * HOUR);
      const deadlines = referralDeadlines(urgency, sentAt);
      const id = newId();
      await session.query(
        `insert into referrals (id, case_id, case_code, from_agency_id, to_agency_id, services, urgency, reason,
            message_sealed, sections, sent_by, respond_by, complete_by, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, 'AdditionalServicesRequired', $8, $9, $10, $11, $12, $13, $13)`,
        [
          id,
          candidate.case_id,
          candidate.code,
          candidate.owner,
          recipient.id,
          SERVICES[inbox.type],
          urgency,
          keys.seal(MESSAGES[index % MESSAGES.length] as string, referralSealContext(id, 'message')),
          index === 0 ? ['identity'] : [],
          candidate.sender,
          deadlines.respondBy,
          deadlines.completeBy,
          sentAt,
        ],
      );
      await session.query(
        `insert into case_events (id, case_id, at, actor_user_id, kind, details)
         values ($1, $2, $3, $4, 'referral.sent', $5)`,
        [
          newId(),
          candidate.case_id,
          sentAt,
          candidate.sender,
          JSON.stringify({ referral: id, agencyId: recipient.id, urgency }),
        ],
      );
      sent += 1;
    }
  }
  await recordSystemAudit(session, { action: 'system.demo_referrals', details: { referrals: sent } });
  return sent;
}
