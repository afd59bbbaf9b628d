import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { sealFor } from '../groups/group-rows';

/**
 * Self-help groups of a new demo (#18): two groups in each of three provinces where the community model runs —
 * communes of the former Bắc Giang (now Bắc Ninh, 24), of Huế (46) and of the former Tây Ninh (now Tây Ninh, 80)
 * — each facilitated by a social work centre of the province, with survivors from the province's cases, a few
 * community members and a meeting a month since the group started. Deterministic: the same demo every time.
 */
const PLACES = [
  { province: '24', communes: ['07210', '07228'], names: ['Nhóm Hoa Mai', 'Nhóm Vươn Lên'] },
  { province: '46', communes: ['19753', '19774'], names: ['Nhóm Sông Hương', 'Nhóm Bình Minh'] },
  { province: '80', communes: ['25459', '25486'], names: ['Nhóm Tân Ninh', 'Nhóm Hy Vọng'] },
] as const;
const LIVELIHOODS = [
  'vn.Livestock',
  'vn.Handicraft',
  'vn.SmallTrade',
  'vn.Agriculture',
  'vn.Services',
  'vn.Mixed',
];
const COMMUNITY = [
  'Nguyễn Thị Hằng',
  'Lê Văn Phúc',
  'Trần Thị Mận',
  'Phạm Văn Toàn',
  'Hoàng Thị Yến',
  'Đỗ Thị Lụa',
];
const TOPICS = [
  'Lập kế hoạch tiết kiệm của nhóm',
  'Tập huấn kỹ thuật chăn nuôi',
  'Chia sẻ kinh nghiệm tìm việc làm',
  'Quản lý vốn vay nhỏ',
  'Phòng, chống mua bán người tại cộng đồng',
  'Tư vấn tâm lý nhóm',
];
const ACTIVITIES = [
  ['vn.Savings', 'vn.PeerSupport'],
  ['vn.Training', 'vn.Livelihood'],
  ['vn.PeerSupport'],
  ['vn.Savings', 'vn.Livelihood'],
  ['vn.Training'],
  ['vn.PeerSupport', 'vn.Savings'],
];
const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

interface Facilitator {
  user_id: string;
  agency_id: string;
}

async function facilitatorIn(session: SqlSession, province: string): Promise<Facilitator | undefined> {
  const { rows } = await session.query<Facilitator>(
    `select u.id as user_id, a.id as agency_id from agencies a join users u on u.agency_id = a.id
      where a.province_code = $1 order by (a.type_code = 'social_work_centre') desc, a.id, u.id limit 1`,
    [province],
  );
  return rows[0];
}

export async function seedDemoGroups(session: SqlSession, keys: KeyRing, now = new Date()): Promise<number> {
  let made = 0;
  for (const [p, place] of PLACES.entries()) {
    const facilitator = await facilitatorIn(session, place.province);
    if (!facilitator) continue;
    const { rows: survivors } = await session.query<{ id: string }>(
      `select id from cases where province_code = $1 order by received_on, id limit 6`,
      [place.province],
    );
    for (const [g, commune] of place.communes.entries()) {
      const index = p * 2 + g;
      const groupId = newId();
      const started = new Date(now.getTime() - (150 + index * 20) * DAY);
      await session.query(
        `insert into self_help_groups (id, name, province_code, commune_code, agency_id, facilitator_user_id,
            started_on, livelihood_focus, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $6)`,
        [
          groupId,
          place.names[g],
          place.province,
          commune,
          facilitator.agency_id,
          facilitator.user_id,
          dayOf(started),
          LIVELIHOODS[index % LIVELIHOODS.length],
        ],
      );
      const members: { id: string; joined: Date }[] = [];
      for (const kase of survivors.slice(g * 3, g * 3 + 3)) {
        const id = newId();
        const joined = new Date(started.getTime() + members.length * 7 * DAY);
        await session.query(
          `insert into self_help_group_members (id, group_id, kind, joined_on, added_by)
           values ($1, $2, 'survivor', $3, $4)`,
          [id, groupId, dayOf(joined), facilitator.user_id],
        );
        await session.query(
          'insert into self_help_group_member_cases (member_id, group_id, case_id) values ($1, $2, $3)',
          [id, groupId, kase.id],
        );
        members.push({ id, joined });
      }
      for (const name of [COMMUNITY[index % COMMUNITY.length], COMMUNITY[(index + 3) % COMMUNITY.length]]) {
        const id = newId();
        await session.query(
          `insert into self_help_group_members (id, group_id, kind, name_sealed, joined_on, added_by)
           values ($1, $2, 'community', $3, $4, $5)`,
          [
            id,
            groupId,
            keys.seal(name as string, sealFor.memberName(id)),
            dayOf(started),
            facilitator.user_id,
          ],
        );
        members.push({ id, joined: started });
      }
      for (let month = 0; started.getTime() + (month * 30 + 10) * DAY < now.getTime(); month += 1) {
        const held = new Date(started.getTime() + (month * 30 + 10) * DAY);
        // One member misses each meeting in turn; the rest came.
        const present = members.filter((member, m) => member.joined <= held && m !== month % members.length);
        const meetingId = newId();
        await session.query(
          `insert into self_help_group_meetings (id, group_id, held_on, topic_sealed, activities, attended_count,
              savings_vnd, business_starts, recorded_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            meetingId,
            groupId,
            dayOf(held),
            keys.seal(TOPICS[(month + index) % TOPICS.length] as string, sealFor.topic(meetingId)),
            ACTIVITIES[(month + index) % ACTIVITIES.length],
            present.length,
            present.length * 50_000,
            month % 3 === 2 ? 1 : 0,
            facilitator.user_id,
          ],
        );
        for (const member of present)
          await session.query(
            'insert into self_help_group_attendance (meeting_id, member_id, group_id) values ($1, $2, $3)',
            [meetingId, member.id, groupId],
          );
      }
      made += 1;
    }
  }
  await recordSystemAudit(session, { action: 'system.demo_groups', details: { groups: made } });
  return made;
}
