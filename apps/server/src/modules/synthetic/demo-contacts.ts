import { contactChannels, contactOutcomes, screeningNeedIds } from '@lantern/domain';
import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { contactNoteContext } from '../contacts/contact-rows';

const SEED = 20261206;
const MONTHS = 6;
const DAY = 86_400_000;

interface Weighted<T> {
  values: readonly T[];
  cumulative: readonly number[];
  total: number;
}

function table<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  let total = 0;
  const cumulative = entries.map(([, weight]) => {
    total += weight;
    return total;
  });
  return { values: entries.map(([value]) => value), cumulative, total };
}

// Weights as the offices describe their work: the hotline and walk-ins carry most of it.
const channels = table(contactChannels.map((code, i) => [code, [25, 35, 15, 12, 8, 5][i] ?? 1] as const));
const outcomes = table(contactOutcomes.map((code, i) => [code, [45, 20, 20, 5, 10][i] ?? 1] as const));
const callers = table([
  ['person', 55],
  ['family_member', 30],
  ['community_member', 10],
  ['other_agency', 5],
] as const);
const OFF_SYSTEM = [
  'Bệnh viện đa khoa tỉnh',
  'Trung tâm Trợ giúp pháp lý nhà nước',
  'Nhà tạm lánh của Hội LHPN',
];
const NOTES = [
  'Người gọi hỏi về một lời mời làm việc ở nước ngoài có dấu hiệu lừa đảo.',
  'Đến văn phòng cùng mẹ; cần chỗ ở tạm thời trong vài ngày.',
  'Nhắn tin qua mạng xã hội, muốn được tư vấn pháp lý về giấy tờ.',
];

/** A number in [0, 1) fixed by position and purpose (murmur3's finaliser), so every demo gets the same history. */
function unit(index: number, salt: number): number {
  let h = Math.imul(SEED ^ Math.imul(index, 0x85ebca6b), 0x9e3779b1) ^ Math.imul(salt, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4_294_967_296;
}

function pick<T>(weighted: Weighted<T>, r: number): T {
  const target = r * weighted.total;
  const at = weighted.cumulative.findIndex((bound) => target < bound);
  return weighted.values[at === -1 ? weighted.values.length - 1 : at] as T;
}

/**
 * A new demo's one-stop offices have a history to count: for every office of the synthetic country, about a dozen
 * contacts a month over the last six months (about fifty for the demo account's office in An Giang), with channels,
 * callers and outcomes in realistic shares, a few off-system referrals and sealed notes. No identity, as the
 * application records them; one system audit event covers the load.
 */
export async function seedDemoContacts(
  session: SqlSession,
  keys: KeyRing,
  now = new Date(),
): Promise<number> {
  const { rows: offices } = await session.query<{ id: string; province: string; staff: string[] }>(
    `select a.id, a.province_code as province, array_agg(u.id order by u.id) as staff
       from agencies a join users u on u.agency_id = a.id
      where a.type_code = 'womens_union_one_stop' group by a.id, a.province_code order by a.id`,
  );
  const rows: unknown[][] = [];
  let index = 0;
  let day = 0;
  for (const office of offices) {
    const perMonth = office.province === '91' ? 3 : 1;
    for (let back = 0; back < MONTHS * 30; back += 1) {
      day += 1;
      const count = Math.floor(unit(day, 1) * 1.6 * perMonth);
      for (let i = 0; i < count; i += 1) {
        index += 1;
        const at = new Date(now.getTime() - back * DAY - Math.floor(unit(index, 2) * 10) * 3_600_000);
        if (at > now) continue;
        const outcome = pick(outcomes, unit(index, 3));
        const id = newId();
        const noted = unit(index, 4) < 0.2;
        rows.push([
          id,
          office.id,
          office.staff[index % office.staff.length],
          at.toISOString(),
          pick(channels, unit(index, 5)),
          pick(callers, unit(index, 6)),
          unit(index, 7) < 0.7,
          unit(index, 8) < 0.6 ? screeningNeedIds[index % screeningNeedIds.length] : null,
          outcome,
          outcome === 'referred' ? OFF_SYSTEM[index % OFF_SYSTEM.length] : null,
          noted ? keys.seal(NOTES[index % NOTES.length] as string, contactNoteContext(id)) : null,
        ]);
      }
    }
  }
  for (let from = 0; from < rows.length; from += 1000) {
    const batch = rows.slice(from, from + 1000);
    const column = (n: number) => batch.map((row) => row[n]);
    await session.query(
      `insert into contacts (id, agency_id, recorded_by, contacted_at, channel, caller, anonymous, concerns,
                             outcome, referred_agency_name, note_sealed)
       select id, agency_id, recorded_by, contacted_at, channel, caller, anonymous,
              case when concern is null then '{}'::text[] else array[concern] end, outcome, referred, note
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[], $7::boolean[],
                     $8::text[], $9::text[], $10::text[], $11::text[])
           as t(id, agency_id, recorded_by, contacted_at, channel, caller, anonymous, concern, outcome, referred, note)`,
      Array.from({ length: 11 }, (_, n) => column(n)),
    );
  }
  await recordSystemAudit(session, { action: 'system.demo_contacts', details: { contacts: rows.length } });
  return rows.length;
}
