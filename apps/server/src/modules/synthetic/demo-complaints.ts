import { createHash, randomBytes } from 'node:crypto';
import {
  addWorkingDays,
  type ComplaintCategory,
  type ComplaintOfficer,
  type ComplaintStatus,
  DEFAULT_COMPLAINT_RESPONSE_DAYS,
  receiptCodeFrom,
  routeComplaint,
} from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { sealFor } from '../complaints/complaint-rows';

/**
 * The demo's complaints (#20), one in each state the complaints officer meets — new, in review, answered,
 * closed, and one past its deadline — about agencies of the synthetic country, each routed by the real
 * routing function (to thu.pham at the ministry, the demo's only complaints officer; never to the agency
 * concerned) and written as the API writes them: sealed text, keyed receipt hash, deadline in working days
 * that skips the public holidays.
 */
interface DemoComplaint {
  agency: string;
  category: ComplaintCategory;
  status: ComplaintStatus;
  /** Calendar days before today the complaint came in. */
  daysAgo: number;
  description: string;
  response?: string;
  /** Filed by the demo case worker on the survivor's behalf rather than from the public page. */
  byWorker?: boolean;
}

export const DEMO_COMPLAINTS: readonly DemoComplaint[] = [
  {
    agency: 'commune_police:15',
    category: 'disrespect',
    status: 'received',
    daysAgo: 2,
    description: 'Khi tôi đến trình báo, cán bộ nói to trước nhiều người và hỏi những câu làm tôi xấu hổ.',
  },
  {
    agency: 'womens_union_one_stop:91',
    category: 'delay',
    status: 'in_review',
    daysAgo: 9,
    description: 'Tôi được hẹn hỗ trợ tiền đi lại từ tháng trước nhưng đến nay vẫn chưa nhận được.',
    byWorker: true,
  },
  {
    agency: 'border_guard_post:15',
    category: 'privacy',
    status: 'responded',
    daysAgo: 20,
    description: 'Người ở đồn biên phòng kể chuyện của tôi cho người cùng thôn biết.',
    response:
      'Chúng tôi đã làm việc với đồn biên phòng. Cán bộ liên quan đã bị nhắc nhở và đơn vị đã tập huấn lại về giữ bí mật thông tin. Xin lỗi bạn vì chuyện đã xảy ra.',
  },
  {
    agency: 'womens_union_one_stop:91',
    category: 'service_refused',
    status: 'closed',
    daysAgo: 45,
    description: 'Tôi xin được tư vấn pháp lý nhưng văn phòng nói không thuộc trách nhiệm của họ.',
    response: 'Văn phòng đã liên hệ lại và giới thiệu bạn đến Trung tâm Trợ giúp pháp lý của tỉnh.',
  },
  {
    agency: 'social_work_centre:15',
    category: 'discrimination_stigma',
    status: 'received',
    daysAgo: 40,
    description: 'Một nhân viên nói tôi tự chuốc lấy chuyện này vì đã đi làm xa. Tôi thấy bị xúc phạm.',
  },
];

/** The answered complaint's receipt code is fixed, so the README can give it for the status page. */
export const DEMO_RECEIPT_SEED = 'lantern-demo-complaint-responded';
export const demoReceiptCode = () => receiptCodeFrom(createHash('sha512').update(DEMO_RECEIPT_SEED).digest());

const DAY = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

export async function seedDemoComplaints(
  session: SqlSession,
  keys: KeyRing,
  agencyOf: (key: string) => string | undefined,
  filer: string | undefined,
  now: Date,
): Promise<number> {
  const { rows: existing } = await session.query<{ n: number }>('select count(*)::int as n from complaints');
  if ((existing[0]?.n ?? 0) > 0) return 0;
  const { rows: officers } = await session.query<ComplaintOfficer>(
    `select user_id as "userId", agency_id as "agencyId", agency_type_code as "agencyTypeCode",
            province_code as "provinceCode", open_complaints as "openComplaints"
       from lantern_complaint_officers()`,
  );
  const { rows: holidays } = await session.query<{ day: string }>(
    'select day::text as day from public_holidays order by day',
  );
  const daysOff = holidays.map((row) => row.day);
  let written = 0;
  for (const complaint of DEMO_COMPLAINTS) {
    const agency = agencyOf(complaint.agency);
    if (!agency) continue;
    const { rows: concerned } = await session.query<{ province_code: string }>(
      'select province_code from agencies where id = $1',
      [agency],
    );
    const officer = routeComplaint({ id: agency, provinceCode: concerned[0]?.province_code ?? '' }, officers);
    if (!officer) continue;
    const id = newId();
    const receivedAt = new Date(now.getTime() - complaint.daysAgo * DAY);
    const dueOn = addWorkingDays(dayOf(receivedAt), DEFAULT_COMPLAINT_RESPONSE_DAYS, daysOff);
    const code = complaint.status === 'responded' ? demoReceiptCode() : receiptCodeFrom(randomBytes(32));
    const answered = complaint.status === 'responded' || complaint.status === 'closed';
    const respondedAt = answered ? new Date(receivedAt.getTime() + 6 * DAY) : null;
    const closedAt = complaint.status === 'closed' ? new Date(receivedAt.getTime() + 12 * DAY) : null;
    const byWorker = complaint.byWorker && filer;
    await session.query(
      `insert into complaints (id, receipt_hash, concerned_agency_id, handling_agency_id, officer_id, category,
          description_sealed, channel, filed_by, status, received_at, due_on, response_sealed, responded_at,
          closed_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $11, $16)`,
      [
        id,
        keys.blindIndex(`complaint-receipt:${code}`),
        agency,
        officer.agencyId,
        officer.userId,
        complaint.category,
        keys.seal(complaint.description, sealFor.description(id)),
        byWorker ? 'worker' : 'public',
        byWorker ? filer : null,
        complaint.status,
        receivedAt,
        dueOn,
        complaint.response && answered ? keys.seal(complaint.response, sealFor.response(id)) : null,
        respondedAt,
        closedAt,
        closedAt ?? respondedAt ?? receivedAt,
      ],
    );
    officer.openComplaints += complaint.status === 'received' || complaint.status === 'in_review' ? 1 : 0;
    const steps: [string, string | null, Date][] = [];
    if (complaint.status !== 'received') steps.push(['review', null, new Date(receivedAt.getTime() + DAY)]);
    if (answered && respondedAt) steps.push(['respond', complaint.response ?? null, respondedAt]);
    if (closedAt) steps.push(['close', null, closedAt]);
    for (const [step, note, at] of steps) {
      const actionId = newId();
      await session.query(
        `insert into complaint_actions (id, complaint_id, step, note_sealed, acted_by, acted_at)
         values ($1, $2, $3, $4, $5, $6)`,
        [actionId, id, step, note ? keys.seal(note, sealFor.note(actionId)) : null, officer.userId, at],
      );
    }
    if (complaint.status === 'received')
      await session.query(
        `insert into notifications (id, user_id, kind, data, created_at) values ($1, $2, 'complaint_received', $3, $4)`,
        [
          newId(),
          officer.userId,
          JSON.stringify({ complaintId: id, category: complaint.category, dueOn }),
          receivedAt,
        ],
      );
    written += 1;
  }
  return written;
}
