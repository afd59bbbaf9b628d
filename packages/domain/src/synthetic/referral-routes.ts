import type { ReferralSection, ReferralUrgency } from '../referrals/lifecycle';

/** When in the case's life a referral is made: at reception, during support, or towards reintegration. */
export type ReferralStage = 'reception' | 'support' | 'reintegration';

/** A usual hand-off from one kind of agency to another, as the coordination regulation and practice have it. */
export interface ReferralRoute {
  to: string;
  /** The recipient in the sender's province, or in the person's home province (when that is another one). */
  where: 'here' | 'home';
  stage: ReferralStage;
  weight: number;
  /** The first is always asked for; the others now and then. */
  services: readonly string[];
  reason: 'AdditionalServicesRequired' | 'MigrationOrChangeOfLocation' | 'Other';
  who?: 'adult' | 'child';
  /** Services that take months (training, a court case) get a completion date of their own. */
  completeDays?: number;
}

const route = (
  to: string,
  where: ReferralRoute['where'],
  stage: ReferralStage,
  weight: number,
  services: readonly string[],
  extra: Partial<Pick<ReferralRoute, 'reason' | 'who' | 'completeDays'>> = {},
): ReferralRoute => ({
  to,
  where,
  stage,
  weight,
  services,
  reason: extra.reason ?? (where === 'home' ? 'MigrationOrChangeOfLocation' : 'AdditionalServicesRequired'),
  ...(extra.who ? { who: extra.who } : {}),
  ...(extra.completeDays ? { completeDays: extra.completeDays } : {}),
});

const SHELTER = ['vn.Shelter', 'vn.EssentialNeeds', 'vn.Psychological'];
const HEALTH = ['vn.Medical', 'vn.Psychological'];
const LEGAL = ['vn.LegalAid', 'vn.LegalInformation'];
const HOME = ['vn.FamilyTracing', 'vn.TravelCosts', 'vn.Psychological'];
const WORK = ['vn.VocationalTrainingAndEmployment', 'vn.InitialHardshipAllowanceAndLoans'];
const SCHOOL = ['vn.GeneralEducation', 'vn.FamilyTracing'];
const VERIFY = ['vn.Verification'];

/** By the sending (case-owning) agency's type. */
export const REFERRAL_ROUTES: Readonly<Record<string, readonly ReferralRoute[]>> = {
  // Returnees handed over at the border go to the social work centre within 24 hours (Decree 162/2025).
  border_guard_post: [
    route('social_work_centre', 'here', 'reception', 55, SHELTER),
    route('social_work_centre', 'home', 'reception', 20, HOME, { completeDays: 60 }),
    // A post does not manage cases: support after identification goes to the centre.
    route(
      'social_work_centre',
      'here',
      'support',
      25,
      ['vn.Psychological', 'vn.EssentialNeeds', 'vn.TravelCosts'],
      {
        completeDays: 60,
      },
    ),
    route('provincial_police_anti_trafficking', 'here', 'reception', 15, VERIFY),
    route('health_facility', 'here', 'reception', 10, HEALTH),
    route('womens_union_one_stop', 'here', 'reception', 10, ['vn.Psychological', 'vn.LegalInformation']),
  ],
  commune_police: [
    route('social_protection_centre', 'here', 'reception', 45, ['vn.Shelter', 'vn.EssentialNeeds']),
    route('social_work_centre', 'here', 'reception', 25, ['vn.Psychological', 'vn.EssentialNeeds']),
    route('health_facility', 'here', 'reception', 15, HEALTH),
    route('provincial_police_anti_trafficking', 'here', 'reception', 15, VERIFY),
    route('womens_union_one_stop', 'here', 'reception', 10, ['vn.Psychological', 'vn.LegalInformation']),
  ],
  provincial_police_anti_trafficking: [
    route('social_work_centre', 'here', 'reception', 35, SHELTER),
    route('social_protection_centre', 'here', 'reception', 25, ['vn.Shelter', 'vn.EssentialNeeds']),
    route('social_work_centre', 'home', 'support', 20, HOME, { completeDays: 60 }),
    route('social_work_centre', 'here', 'support', 15, ['vn.Psychological', 'vn.EssentialNeeds'], {
      completeDays: 30,
    }),
    route('legal_aid_centre', 'here', 'support', 20, LEGAL, { completeDays: 45 }),
    route('womens_union_one_stop', 'here', 'support', 15, ['vn.Psychological', 'vn.LegalInformation'], {
      completeDays: 30,
    }),
  ],
  womens_union_one_stop: [
    route('vocational_employment_centre', 'here', 'support', 40, WORK, { who: 'adult', completeDays: 90 }),
    route('social_protection_centre', 'here', 'reception', 20, ['vn.Shelter', 'vn.EssentialNeeds']),
    route('legal_aid_centre', 'here', 'support', 20, LEGAL, { completeDays: 45 }),
    route('health_facility', 'here', 'support', 20, HEALTH, { completeDays: 21 }),
  ],
  social_work_centre: [
    route('health_facility', 'here', 'support', 30, HEALTH, { completeDays: 21 }),
    route('legal_aid_centre', 'here', 'support', 25, LEGAL, { completeDays: 45 }),
    route('vocational_employment_centre', 'home', 'reintegration', 15, WORK, {
      who: 'adult',
      completeDays: 90,
    }),
    route('vocational_employment_centre', 'here', 'support', 8, WORK, { who: 'adult', completeDays: 90 }),
    route('womens_union_one_stop', 'home', 'reintegration', 12, ['vn.Psychological', 'vn.LegalInformation'], {
      completeDays: 30,
    }),
    route('womens_union_one_stop', 'here', 'support', 8, ['vn.Psychological', 'vn.LegalInformation'], {
      completeDays: 30,
    }),
    route('social_work_centre', 'home', 'reintegration', 10, HOME, { completeDays: 60 }),
    route('social_work_centre', 'home', 'reintegration', 6, SCHOOL, { who: 'child', completeDays: 60 }),
    route('social_protection_centre', 'here', 'reception', 8, ['vn.Shelter']),
  ],
  social_protection_centre: [
    route('health_facility', 'here', 'support', 35, HEALTH, { completeDays: 21 }),
    route('legal_aid_centre', 'here', 'support', 25, LEGAL, { completeDays: 45 }),
    route('vocational_employment_centre', 'here', 'reintegration', 20, WORK, {
      who: 'adult',
      completeDays: 90,
    }),
    route('social_work_centre', 'home', 'reintegration', 20, HOME, { completeDays: 60 }),
    route('womens_union_one_stop', 'home', 'reintegration', 10, ['vn.Psychological', 'vn.LegalInformation'], {
      completeDays: 30,
    }),
  ],
};

/** Urgency by stage: hand-offs at reception are mostly urgent, later ones mostly routine. */
export const URGENCY_BY_STAGE: Readonly<Record<ReferralStage, ReadonlyArray<[ReferralUrgency, number]>>> = {
  reception: [
    ['urgent', 50],
    ['high', 35],
    ['normal', 15],
  ],
  support: [
    ['urgent', 5],
    ['high', 30],
    ['normal', 65],
  ],
  reintegration: [
    ['urgent', 2],
    ['high', 18],
    ['normal', 80],
  ],
};

/** The parts of the case the sender opens: a shelter or a police unit needs the identity, a clinic rarely. */
export function sectionsFor(service: string, roll: number): ReferralSection[] {
  if (service === 'vn.Verification' || service === 'vn.LegalAid')
    return roll < 0.6 ? ['identity', 'journey'] : ['identity', 'journey', 'notes'];
  if (service === 'vn.Shelter' || service === 'vn.FamilyTracing')
    return roll < 0.7 ? ['identity'] : ['identity', 'notes'];
  return roll < 0.5 ? [] : ['identity'];
}

type Say = (pronoun: string, home: string) => string;
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the sender writes to the recipient, by the first service asked for (no names: the person is "chị", "em"…). */
const MESSAGES: Readonly<Record<string, readonly Say[]>> = {
  'vn.Shelter': [
    (p) =>
      `Đề nghị bố trí chỗ ở tạm thời cho ${p} trong thời gian xác minh; ${p} chưa liên lạc được với gia đình.`,
    (p) => `${cap(p)} vừa được tiếp nhận, cần chỗ ở an toàn ngay trong ngày.`,
  ],
  'vn.Psychological': [(p) => `${cap(p)} hay mất ngủ, lo âu; đề nghị tư vấn tâm lý sớm.`],
  'vn.EssentialNeeds': [
    (p) => `${cap(p)} không còn giấy tờ và đồ dùng cá nhân; đề nghị hỗ trợ nhu cầu thiết yếu.`,
  ],
  'vn.Medical': [
    (p) => `${cap(p)} có biểu hiện suy nhược, đề nghị khám sức khỏe tổng quát.`,
    (p) => `Đề nghị khám và điều trị cho ${p}; ${p} đau nhiều ở vai và lưng.`,
  ],
  'vn.LegalAid': [(p) => `${cap(p)} muốn được trợ giúp pháp lý khi làm việc với cơ quan điều tra.`],
  'vn.Verification': [() => 'Đề nghị xác minh nhân thân và hoàn thiện hồ sơ xác định nạn nhân.'],
  'vn.FamilyTracing': [
    (p, home) => `Gia đình ${p} ở ${home}; đề nghị hỗ trợ kết nối gia đình và chi phí đi lại về địa phương.`,
  ],
  'vn.VocationalTrainingAndEmployment': [
    (p) => `${cap(p)} muốn học nghề ngắn hạn để có việc làm ổn định tại địa phương.`,
    (p, home) => `${cap(p)} đã về ${home}, có nguyện vọng được tư vấn và giới thiệu việc làm.`,
  ],
  'vn.GeneralEducation': [(p) => `Đề nghị hỗ trợ để ${p} đi học lại trong năm học này.`],
};

/** A short message for the first service, or none when there is nothing to add. */
export function messageFor(service: string, pronoun: string, home: string, roll: number): string | undefined {
  const says = MESSAGES[service];
  if (!says || roll >= 0.6) return undefined;
  return (says[Math.floor((roll / 0.6) * says.length)] as Say)(pronoun, home);
}

/** Why a supervisor sent a referral the person's consent did not cover (the break-the-glass reason, sealed). */
export const OVERRIDE_REASONS = [
  'Trẻ em không có người đi cùng, cần chỗ ở ngay trong đêm; chưa liên lạc được với người giám hộ.',
  'Người được hỗ trợ đang bị thương, cần khám cấp cứu; chưa thể lấy ý kiến đồng ý chia sẻ thông tin.',
  'Có dấu hiệu bị đe dọa an toàn; cần chuyển ngay đến nơi ở an toàn.',
];

/** Why recipients decline: a full shelter says no capacity; a clinic far away says outside its area. */
export function declineReasonsFor(service: string): ReadonlyArray<[string, number]> {
  return [
    ['vn.NoCapacity', service === 'vn.Shelter' ? 45 : 15],
    ['vn.OutsideArea', 15],
    ['vn.NotEligible', 15],
    ['vn.ServiceNotOffered', 12],
    ['vn.PersonDeclined', 20],
    ['vn.Other', 5],
  ];
}
