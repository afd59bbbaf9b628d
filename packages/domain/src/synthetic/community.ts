import { randomSource, syntheticPerson } from '../matching/synthetic-people';
import { communesOf, findUnit } from '../reference/admin-units';
import { predecessorsOf } from '../reference/crosswalk';
import { between, chance, DAY_MS, drawWeighted, isoOf, mixSeed, type Random } from './random';
import type { SyntheticRegistration } from './types';

/**
 * Where the community reintegration models run (national programme review, 2023): self-help groups in the
 * communes of Bắc Giang (now part of Bắc Ninh, 24), Huế (46) and Tây Ninh (pre-2025 code 72, now part of Tây Ninh,
 * 80), and victim support models in Quảng Bình (now part of Quảng Trị, 44), Hà Tĩnh (42) and Nghệ An (40). Both are
 * self-help groups in Lantern's model: a group in a 2025 commune, run by an agency of the province, with
 * members and meetings. Only communes made from the named pre-2025 province count.
 */
export interface CommunitySite {
  kind: 'self_help_group' | 'support_model';
  provinceCode: string;
  formerProvinceCode: string;
  /** The grid agency type that facilitates its groups. */
  facilitatorType: string;
}

export const COMMUNITY_SITES: readonly CommunitySite[] = [
  {
    kind: 'self_help_group',
    provinceCode: '24',
    formerProvinceCode: '24',
    facilitatorType: 'social_work_centre',
  },
  {
    kind: 'self_help_group',
    provinceCode: '46',
    formerProvinceCode: '46',
    facilitatorType: 'social_work_centre',
  },
  {
    kind: 'self_help_group',
    provinceCode: '80',
    formerProvinceCode: '72',
    facilitatorType: 'social_work_centre',
  },
  {
    kind: 'support_model',
    provinceCode: '44',
    formerProvinceCode: '44',
    facilitatorType: 'womens_union_one_stop',
  },
  {
    kind: 'support_model',
    provinceCode: '42',
    formerProvinceCode: '42',
    facilitatorType: 'womens_union_one_stop',
  },
  {
    kind: 'support_model',
    provinceCode: '40',
    formerProvinceCode: '40',
    facilitatorType: 'womens_union_one_stop',
  },
];

export interface SyntheticGroup {
  site: CommunitySite;
  communeCode: string;
  name: string;
  startedOn: string;
  livelihoodFocus: string;
  /** Community members (names sealed by the loader), who join when the group starts. */
  community: Array<{ name: string; attended: number[] }>;
  /** One meeting a month from the start to `asOf`; `attended` lists count positions in this array. */
  meetings: Array<{ heldOn: string; topic: string; activities: string[]; businessStarts: number }>;
}

/** A survivor's place in the group of their home commune. */
export interface SyntheticMembership {
  communeCode: string;
  joinedOn: string;
  leftOn?: string;
  /** Positions of the group's meetings the survivor came to. */
  attended: number[];
}

const SALT_GROUP = 0x6a09;
const FOCUS: ReadonlyArray<readonly [string, number]> = [
  ['vn.Livestock', 30],
  ['vn.Agriculture', 20],
  ['vn.Handicraft', 15],
  ['vn.SmallTrade', 15],
  ['vn.Services', 10],
  ['vn.Mixed', 10],
];
const TOPICS = [
  'Lập kế hoạch tiết kiệm của nhóm',
  'Tập huấn kỹ thuật chăn nuôi',
  'Chia sẻ kinh nghiệm tìm việc làm',
  'Quản lý vốn vay nhỏ',
  'Phòng, chống mua bán người tại cộng đồng',
  'Tư vấn tâm lý nhóm',
  'Giới thiệu chính sách hỗ trợ của Luật Phòng, chống mua bán người',
];
const ACTIVITIES = [
  ['vn.Savings', 'vn.PeerSupport'],
  ['vn.Training', 'vn.Livelihood'],
  ['vn.PeerSupport'],
  ['vn.Savings', 'vn.Livelihood'],
  ['vn.Training'],
];

let siteByCommune: Map<string, CommunitySite> | undefined;

/** The site a 2025 commune belongs to, if any: a commune of the site's province made from its former province. */
export function communitySiteOf(communeCode: string | undefined): CommunitySite | undefined {
  if (!communeCode) return undefined;
  if (!siteByCommune) {
    siteByCommune = new Map();
    for (const site of COMMUNITY_SITES)
      for (const commune of communesOf(site.provinceCode, '2026-01-01'))
        if (
          predecessorsOf(commune.code).some(
            (link) => findUnit(link.from.code, 'pre-2025')?.provinceCode === site.formerProvinceCode,
          )
        )
          siteByCommune.set(commune.code, site);
  }
  return siteByCommune.get(communeCode);
}

function meetingDays(startDay: number, asOfDay: number): number[] {
  const days: number[] = [];
  for (let day = startDay + 10; day <= asOfDay; day += 30) days.push(day);
  return days;
}

function groupStartDay(seed: number, communeCode: string, asOfDay: number): number {
  const random = randomSource(mixSeed(seed, Number(communeCode), SALT_GROUP));
  return asOfDay - between(random, 60, 1095);
}

/** The group of a site's commune: a pure function of the seed, the commune and `asOf`. */
export function syntheticGroup(seed: number, communeCode: string, asOfDay: number): SyntheticGroup {
  const site = communitySiteOf(communeCode);
  const commune = findUnit(communeCode, '2025');
  if (!site || !commune) throw new RangeError(`no community site in commune ${communeCode}`);
  const random = randomSource(mixSeed(seed, Number(communeCode), SALT_GROUP));
  const startDay = asOfDay - between(random, 60, 1095);
  const days = meetingDays(startDay, asOfDay);
  const community = Array.from({ length: between(random, 2, 5) }, (_, n) => ({
    name: syntheticPerson(random, Number(communeCode) * 10 + n).fullName,
    attended: days.flatMap((_, k) => (chance(random, 0.8) ? [k] : [])),
  }));
  return {
    site,
    communeCode,
    name: `${site.kind === 'self_help_group' ? 'Nhóm tự lực' : 'Mô hình hỗ trợ nạn nhân'} ${commune.fullName}`,
    startedOn: isoOf(startDay),
    livelihoodFocus: drawWeighted(random, FOCUS),
    community,
    meetings: days.map((day, k) => ({
      heldOn: isoOf(day),
      topic: TOPICS[(k + Number(communeCode)) % TOPICS.length] as string,
      activities: ACTIVITIES[(k + Number(communeCode)) % ACTIVITIES.length] as string[],
      businessStarts: k % 3 === 2 && chance(random, 0.5) ? 1 : 0,
    })),
  };
}

const vietNamDay = (instant: string) => Math.floor((Date.parse(instant) + 7 * 3_600_000) / DAY_MS);

/**
 * Whether a survivor joins the group of their home commune (about two in five of those who reached
 * reintegration and live in a site's commune), when, whether they left, and which meetings they came to.
 */
export function membershipFor(
  random: Random,
  seed: number,
  registration: SyntheticRegistration,
  asOfDay: number,
): SyntheticMembership | undefined {
  if (registration.duplicateOf !== undefined) return undefined;
  const communeCode = registration.person.homeCommuneCode;
  if (!communitySiteOf(communeCode)) return undefined;
  const reintegration = registration.events.find((event) => event.kind === 'transition.start_reintegration');
  if (!reintegration || !chance(random, 0.4)) return undefined;
  const code = communeCode as string;
  const startDay = groupStartDay(seed, code, asOfDay);
  const joinedDay = Math.max(startDay, vietNamDay(reintegration.at) + between(random, 7, 60));
  if (joinedDay > asOfDay) return undefined;
  const closed = registration.events.find(
    (event) => event.kind === 'transition.close' && event.details.closureReason !== 'reintegrated',
  );
  let leftDay: number | undefined;
  if (closed && Date.parse(closed.at) > Date.parse(reintegration.at))
    leftDay = Math.max(joinedDay, vietNamDay(closed.at));
  else if (chance(random, 0.1)) leftDay = joinedDay + between(random, 90, 400);
  if (leftDay !== undefined && leftDay > asOfDay) leftDay = undefined;
  const attended = meetingDays(startDay, asOfDay).flatMap((day, k) =>
    day >= joinedDay && (leftDay === undefined || day <= leftDay) && chance(random, 0.75) ? [k] : [],
  );
  const membership: SyntheticMembership = { communeCode: code, joinedOn: isoOf(joinedDay), attended };
  if (leftDay !== undefined) membership.leftOn = isoOf(leftDay);
  return membership;
}
