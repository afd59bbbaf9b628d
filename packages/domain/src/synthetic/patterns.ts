import { chance, pairs, type Random, type Table, weights } from './random';

/**
 * The exploitation patterns of the synthetic dataset, after published Vietnamese patterns: marriage and
 * sexual exploitation across the northern border; forced criminality in online-scam compounds in Cambodia,
 * Myanmar and Laos; forced labour abroad and at home; the route to Europe; surrogacy. Codes are HTCDS and
 * Lantern vocabulary codes; weights are relative, probabilities are per code.
 */
export const patternIds = [
  'marriage-china',
  'sexual',
  'scam-compound',
  'labour-abroad',
  'labour-domestic',
  'europe',
  'surrogacy',
] as const;
export type PatternId = (typeof patternIds)[number];

export interface PatternContext {
  female: boolean;
  age: number;
  destination: string;
}

export interface Pattern {
  id: PatternId;
  exploitation: (random: Random, context: PatternContext) => string[];
  /** Country of exploitation (ISO 3166-1 alpha-3; VNM when inside Viet Nam). */
  destinations: { female: Table<string>; male: Table<string> };
  recruitment: Table<string>;
  /** How likely a second way of recruitment is recorded. */
  secondRecruitment: number;
  platforms: Table<string>;
  relationship: Table<string>;
  /** Each method of control with the probability it is recorded. */
  control: ReadonlyArray<readonly [string, number]>;
  /** Time under exploitation in days: median, spread (log scale), bounds. */
  duration: readonly [median: number, spread: number, min: number, max: number];
  intake: Table<string>;
  /** Share of verifications that end "not a victim" (irregular migration, voluntary work, no evidence). */
  notVictim: number;
}

/** One code, or none, with a probability. */
const maybe = (random: Random, probability: number, code: string): string[] =>
  chance(random, probability) ? [code] : [];

const ONLINE_FIRST = weights('Facebook:45 vn.Zalo:35 TikTok:15 Telegram:6 Instagram:4 FacebookMessenger:6');
const both = (spec: string) => {
  const table = weights(spec);
  return { female: table, male: table };
};

export const PATTERNS: Readonly<Record<PatternId, Pattern>> = {
  // Women and girls from the northern mountains, often lured by an acquaintance or a boyfriend, sold as brides.
  'marriage-china': {
    id: 'marriage-china',
    exploitation: (random) => [
      'ForcedMarriage',
      ...maybe(random, 0.15, 'SexualExploitation'),
      ...maybe(random, 0.1, 'ForcedLabour'),
    ],
    destinations: both('CHN:1'),
    recruitment: weights(
      'ThroughFriendsOrSocialEvents:45 ThroughOnlineSocialNetworks:30 ThroughFamilyOrFamilyEvents:14 AtWork:5 Other:6',
    ),
    secondRecruitment: 0.12,
    platforms: weights('Facebook:45 vn.Zalo:35 WeChat:12 TikTok:10'),
    relationship: weights('Acquainted:40 vn.IntimatePartner:30 Familial:10 Unaquainted:20'),
    control: pairs(
      'FalsePromises:0.75 vn.RestrictsMovement:0.6 SexualAbuse:0.35 PsychologicalAbuse:0.4 PhysicalAbuse:0.3 WithholdsDocuments:0.3 PhysicalThreats:0.25 ThreatensChildrenFamily:0.1 ExcessiveWorkingHours:0.1',
    ),
    duration: [420, 0.9, 20, 3000],
    intake: weights(
      'vn.ReturnedByForeignAuthorities:40 vn.Rescued:15 vn.SelfReported:22 vn.ReportedByFamily:13 vn.Hotline:4 vn.ReferredByAgency:6',
    ),
    notVictim: 0.04,
  },
  sexual: {
    id: 'sexual',
    exploitation: (random, { destination }) => [
      'SexualExploitation',
      ...maybe(random, 0.1, 'ForcedLabour'),
      ...(destination === 'CHN' ? maybe(random, 0.08, 'ForcedMarriage') : []),
    ],
    destinations: both('CHN:40 VNM:25 MYS:12 KHM:10 LAO:5 THA:4 SGP:2 KOR:2'),
    recruitment: weights(
      'ThroughFriendsOrSocialEvents:35 ThroughOnlineSocialNetworks:35 ThroughAnOnlineAdvertisement:15 AtAPlaceOfBusiness:10 ThroughFamilyOrFamilyEvents:5',
    ),
    secondRecruitment: 0.15,
    platforms: ONLINE_FIRST,
    relationship: weights('Acquainted:40 vn.IntimatePartner:20 Unaquainted:35 Familial:5'),
    control: pairs(
      'DebtBondage:0.45 FalsePromises:0.7 SexualAbuse:0.5 PhysicalAbuse:0.35 TakesEarnings:0.45 vn.RestrictsMovement:0.5 PsychoactiveSubstance:0.15 WithholdsDocuments:0.35 PhysicalThreats:0.35 PsychologicalAbuse:0.35 ThreatsLawEnforcement:0.12',
    ),
    duration: [150, 0.9, 10, 1200],
    intake: weights(
      'vn.Rescued:32 vn.ReturnedByForeignAuthorities:20 vn.SelfReported:18 vn.ReportedByFamily:14 vn.Hotline:8 vn.Screening:4 vn.ReferredByAgency:4',
    ),
    notVictim: 0.06,
  },
  // Young men and women answering online job ads, held in compounds, made to defraud people online.
  'scam-compound': {
    id: 'scam-compound',
    exploitation: (random, { female }) => [
      'vn.ForcedOnlineScam',
      ...maybe(random, 0.55, 'ForcedLabour'),
      ...(female ? maybe(random, 0.06, 'SexualExploitation') : []),
    ],
    destinations: both('KHM:60 MMR:27 LAO:10 PHL:3'),
    recruitment: weights(
      'ThroughAnOnlineAdvertisement:45 ThroughOnlineSocialNetworks:40 ThroughFriendsOrSocialEvents:15',
    ),
    secondRecruitment: 0.2,
    platforms: weights('Facebook:45 Telegram:30 vn.Zalo:35 TikTok:25'),
    relationship: weights('Unaquainted:55 Acquainted:35 vn.IntimatePartner:7 Familial:3'),
    control: pairs(
      'FalsePromises:0.85 WithholdsDocuments:0.7 vn.RestrictsMovement:0.75 DebtBondage:0.5 PhysicalAbuse:0.5 PhysicalThreats:0.55 ExcessiveWorkingHours:0.6 TakesEarnings:0.4 ThreatensChildrenFamily:0.25 PsychologicalAbuse:0.35 WithholdsNecessities:0.15 ThreatsLawEnforcement:0.15',
    ),
    duration: [110, 0.8, 7, 700],
    intake: weights(
      'vn.Rescued:30 vn.ReturnedByForeignAuthorities:30 vn.ReportedByFamily:14 vn.SelfReported:16 vn.Hotline:5 vn.ReferredByAgency:5',
    ),
    notVictim: 0.16,
  },
  // Factories, farms, fishing boats, construction and domestic work abroad, through brokers and acquaintances.
  'labour-abroad': {
    id: 'labour-abroad',
    exploitation: (random, { age, female }) => [
      'ForcedLabour',
      ...(female ? maybe(random, 0.12, 'Servitude') : []),
      ...(age < 18 ? ['ChildLabour'] : []),
    ],
    destinations: {
      female: weights('CHN:25 MYS:20 SAU:18 TWN:12 ARE:6 JPN:8 KOR:5 RUS:6'),
      male: weights('MYS:20 CHN:20 TWN:12 THA:10 IDN:5 SAU:5 KOR:5 RUS:8 ARE:5 JPN:6'),
    },
    recruitment: weights(
      'AtAPlaceOfBusiness:30 ThroughFriendsOrSocialEvents:25 ThroughFamilyOrFamilyEvents:15 ThroughAnOnlineAdvertisement:20 ThroughOnlineSocialNetworks:10',
    ),
    secondRecruitment: 0.1,
    platforms: ONLINE_FIRST,
    relationship: weights('Acquainted:45 Unaquainted:35 Familial:15 vn.IntimatePartner:5'),
    control: pairs(
      'DebtBondage:0.6 WithholdsDocuments:0.6 TakesEarnings:0.55 ExcessiveWorkingHours:0.7 FalsePromises:0.7 vn.RestrictsMovement:0.35 PhysicalThreats:0.2 PhysicalAbuse:0.15 ThreatsLawEnforcement:0.3 WithholdsNecessities:0.2 RestrictsMedicalCare:0.15',
    ),
    duration: [300, 0.8, 30, 1500],
    intake: weights(
      'vn.SelfReported:30 vn.ReturnedByForeignAuthorities:20 vn.ReferredByAgency:20 vn.Hotline:10 vn.ReportedByFamily:12 vn.Screening:8',
    ),
    notVictim: 0.14,
  },
  // Workshops, brick kilns, restaurants and begging inside Viet Nam; many of the victims are children.
  'labour-domestic': {
    id: 'labour-domestic',
    exploitation: (random, { age }) =>
      age < 18
        ? ['ForcedLabour', ...maybe(random, 0.7, 'ChildLabour'), ...maybe(random, 0.15, 'ForcedBegging')]
        : ['ForcedLabour', ...maybe(random, 0.05, 'vn.ForcedCriminality')],
    destinations: both('VNM:1'),
    recruitment: weights(
      'ThroughFriendsOrSocialEvents:35 ThroughFamilyOrFamilyEvents:25 ThroughAnOnlineAdvertisement:20 ThroughOnlineSocialNetworks:10 AtAPlaceOfBusiness:10',
    ),
    secondRecruitment: 0.08,
    platforms: ONLINE_FIRST,
    relationship: weights('Acquainted:45 Familial:15 Unaquainted:35 vn.IntimatePartner:5'),
    control: pairs(
      'TakesEarnings:0.6 ExcessiveWorkingHours:0.7 vn.RestrictsMovement:0.5 PhysicalAbuse:0.3 DebtBondage:0.35 WithholdsDocuments:0.3 FalsePromises:0.6 PsychologicalAbuse:0.25 WithholdsNecessities:0.2',
    ),
    duration: [120, 0.9, 7, 1100],
    intake: weights(
      'vn.Rescued:40 vn.SelfReported:20 vn.Hotline:15 vn.ReportedByFamily:15 vn.Screening:5 vn.OtherRoute:5',
    ),
    notVictim: 0.1,
  },
  // Mostly from the north central coast: cannabis farms and nail bars in the United Kingdom and Europe, huge debts.
  europe: {
    id: 'europe',
    exploitation: (random, { female }) =>
      female
        ? chance(random, 0.7)
          ? ['ForcedLabour']
          : ['SexualExploitation']
        : ['ForcedLabour', ...maybe(random, 0.6, 'vn.ForcedCriminality')],
    destinations: both('GBR:55 DEU:15 FRA:12 POL:6 RUS:12'),
    recruitment: weights(
      'ThroughFamilyOrFamilyEvents:35 ThroughFriendsOrSocialEvents:40 AtAPlaceOfBusiness:15 ThroughOnlineSocialNetworks:10',
    ),
    secondRecruitment: 0.1,
    platforms: ONLINE_FIRST,
    relationship: weights('Acquainted:50 Familial:30 Unaquainted:20'),
    control: pairs(
      'DebtBondage:0.8 FalsePromises:0.6 WithholdsDocuments:0.6 vn.RestrictsMovement:0.5 PhysicalThreats:0.4 ThreatensChildrenFamily:0.35 ExcessiveWorkingHours:0.5 TakesEarnings:0.4 ThreatsLawEnforcement:0.4',
    ),
    duration: [420, 0.7, 60, 1800],
    intake: weights(
      'vn.ReturnedByForeignAuthorities:50 vn.SelfReported:18 vn.ReferredByAgency:22 vn.ReportedByFamily:10',
    ),
    notVictim: 0.15,
  },
  surrogacy: {
    id: 'surrogacy',
    exploitation: () => ['Surrogacy'],
    destinations: both('KHM:50 CHN:40 LAO:10'),
    recruitment: weights('ThroughOnlineSocialNetworks:60 ThroughFriendsOrSocialEvents:40'),
    secondRecruitment: 0.1,
    platforms: ONLINE_FIRST,
    relationship: weights('Acquainted:45 Unaquainted:55'),
    control: pairs(
      'FalsePromises:0.8 WithholdsDocuments:0.5 vn.RestrictsMovement:0.6 DebtBondage:0.3 TakesEarnings:0.3 RestrictsMedicalCare:0.1',
    ),
    duration: [240, 0.5, 60, 500],
    intake: weights('vn.Rescued:40 vn.ReturnedByForeignAuthorities:40 vn.SelfReported:20'),
    notVictim: 0.2,
  },
};

/** Recruitment methods that happen online: they come with the platforms used. */
export const ONLINE_RECRUITMENT: ReadonlySet<string> = new Set([
  'ThroughOnlineSocialNetworks',
  'ThroughAnOnlineAdvertisement',
]);
