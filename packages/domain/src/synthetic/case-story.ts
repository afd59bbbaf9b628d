import type { CaseDetails } from '../api/cases';
import { ONLINE_RECRUITMENT, PATTERNS, type Pattern, type PatternId } from './patterns';
import { DOMESTIC_DESTINATIONS, gatewayFor, NORTH_CENTRAL, NORTHERN_MOUNTAINS } from './places';
import { between, chance, draw, drawWeighted, isoOf, type Random, skewed } from './random';

type Journey = CaseDetails['journey'];
type Stop = NonNullable<Journey['recruitment']>;

/** What happened to the person, before any agency's record of it. */
export interface CaseStory {
  pattern: PatternId;
  exploitationTypes: string[];
  controlMethods: string[];
  recruitmentMethods: string[];
  recruitmentPlatforms: string[];
  relationshipToRecruiter?: string;
  journey: Journey;
  intakeRoute: string;
  /** Country of exploitation; VNM inside Viet Nam. */
  destination: string;
  /** Inside Viet Nam: the province where the person was exploited. */
  exploitationProvince?: string;
  /** Abroad: the province the person came back through. */
  gateway?: string;
  durationDays: number;
  notVictim: number;
}

export interface StoryPerson {
  female: boolean;
  age: number;
  homeProvinceCode: string;
  homeCommuneCode?: string;
}

function patternWeights(person: StoryPerson, recency: number): Array<[PatternId, number]> {
  const { female, age, homeProvinceCode: home } = person;
  const mountains = NORTHERN_MOUNTAINS.has(home);
  const northCentral = NORTH_CENTRAL.has(home);
  const child = age < 18;
  const young = age >= 18 && age <= 35;
  const older = age > 35;
  const weights: Record<PatternId, number> = female
    ? {
        'marriage-china': 30,
        sexual: 22,
        'scam-compound': 18,
        'labour-abroad': 13,
        'labour-domestic': 9,
        europe: 3,
        surrogacy: 1.5,
      }
    : {
        'marriage-china': 0,
        sexual: 1,
        'scam-compound': 48,
        'labour-abroad': 28,
        'labour-domestic': 14,
        europe: 8,
        surrogacy: 0,
      };
  if (age < 14) {
    weights['marriage-china'] *= 0.3;
    weights.sexual *= 0.5;
    weights['labour-domestic'] *= 5;
  } else if (child) {
    weights['marriage-china'] *= 1.3;
    weights.sexual *= 1.2;
    weights['labour-domestic'] *= 3;
  }
  if (child) {
    weights['scam-compound'] *= 0.2;
    weights['labour-abroad'] *= 0.15;
    weights.europe *= 0.8;
    weights.surrogacy = 0;
  }
  if (young) weights['scam-compound'] *= 1.3;
  if (older) {
    weights['marriage-china'] *= 0.35;
    weights.sexual *= 0.4;
    weights['scam-compound'] *= 0.35;
    weights['labour-abroad'] *= 1.5;
    weights['labour-domestic'] *= 1.2;
    if (age > 38) weights.surrogacy = 0;
  }
  if (mountains) {
    weights['marriage-china'] *= 2.5;
    weights.sexual *= 1.3;
    weights['scam-compound'] *= 0.6;
  } else weights['marriage-china'] *= 0.5;
  if (northCentral) {
    weights.europe *= 4;
    weights['labour-abroad'] *= 1.4;
    weights['scam-compound'] *= 1.1;
  } else weights.europe *= 0.3;
  // Scam-compound cases grew fast over the last years.
  weights['scam-compound'] *= 0.6 + 0.8 * recency;
  return Object.entries(weights) as Array<[PatternId, number]>;
}

function distinctDraws(random: Random, pattern: Pattern['platforms'], count: number): string[] {
  const chosen: string[] = [];
  for (let attempt = 0; attempt < count * 4 && chosen.length < count; attempt++) {
    const value = draw(random, pattern);
    if (!chosen.includes(value)) chosen.push(value);
  }
  return chosen;
}

/** Days between coming back (or being found) and reaching the agency, by how the person came. */
function receptionLag(random: Random, intake: string): number {
  switch (intake) {
    case 'vn.ReturnedByForeignAuthorities':
    case 'vn.Rescued':
      return chance(random, 0.8) ? 0 : between(random, 1, 2);
    case 'vn.SelfReported':
    case 'vn.ReportedByFamily':
      return skewed(random, 20, 1, 0, 300);
    default:
      return between(random, 1, 60);
  }
}

/** The story of one person's trafficking, ending on the day they reached the agency (`receivedDay`). */
export function caseStory(
  random: Random,
  person: StoryPerson,
  receivedDay: number,
  recency: number,
): CaseStory {
  const id = drawWeighted(random, patternWeights(person, recency));
  const pattern = PATTERNS[id];
  const destination = draw(random, person.female ? pattern.destinations.female : pattern.destinations.male);
  const context = { female: person.female, age: person.age, destination };
  const intakeRoute = draw(random, pattern.intake);
  const [median, spread, min, max] = pattern.duration;
  // Nobody was recruited before the age of 13.
  const durationDays = skewed(
    random,
    median,
    spread,
    min,
    Math.max(min, Math.min(max, (person.age - 12) * 365)),
  );
  const abroad = destination !== 'VNM';

  const lag = receptionLag(random, intakeRoute);
  const returnDay = receivedDay - lag;
  const endDay = returnDay - (abroad ? between(random, 0, 3) : 0);
  const startDay = endDay - durationDays;
  const recruitedDay = startDay - between(random, 2, 45);

  const story: CaseStory = {
    pattern: id,
    exploitationTypes: pattern.exploitation(random, context),
    controlMethods: chance(random, 0.06) ? [] : someControl(random, pattern),
    recruitmentMethods: [],
    recruitmentPlatforms: [],
    journey: {},
    intakeRoute,
    destination,
    durationDays,
    notVictim: pattern.notVictim,
  };
  if (!chance(random, 0.08)) {
    story.recruitmentMethods = distinctDraws(
      random,
      pattern.recruitment,
      chance(random, pattern.secondRecruitment) ? 2 : 1,
    );
    if (story.recruitmentMethods.some((method) => ONLINE_RECRUITMENT.has(method)) && !chance(random, 0.1))
      story.recruitmentPlatforms = distinctDraws(random, pattern.platforms, chance(random, 0.3) ? 2 : 1);
  }
  if (!chance(random, 0.2)) story.relationshipToRecruiter = draw(random, pattern.relationship);

  const journey: Journey = {};
  if (!chance(random, 0.08)) {
    const recruitment: Stop = { country: 'VNM', provinceCode: person.homeProvinceCode };
    if (person.homeCommuneCode && chance(random, 0.35)) recruitment.communeCode = person.homeCommuneCode;
    if (chance(random, 0.65)) recruitment.from = isoOf(recruitedDay);
    journey.recruitment = recruitment;
  }
  if (abroad) {
    story.gateway = gatewayFor(random, destination, person.homeProvinceCode);
    const transit = transitFor(random, id, destination, story.gateway);
    if (transit) journey.transit = [transit];
    if (id === 'scam-compound' && chance(random, 0.12)) {
      // Sold on from one compound to another.
      const middle = startDay + Math.floor(durationDays * (0.3 + 0.4 * random()));
      const next = destination === 'KHM' ? (chance(random, 0.5) ? 'MMR' : 'KHM') : 'KHM';
      journey.exploitation = [
        stopAt(random, destination, startDay, middle),
        stopAt(random, next, middle, endDay),
      ];
    } else journey.exploitation = [stopAt(random, destination, startDay, endDay)];
    if (!chance(random, 0.15)) journey.returnedOn = isoOf(returnDay);
  } else {
    let province = draw(random, DOMESTIC_DESTINATIONS);
    if (province === person.homeProvinceCode) province = draw(random, DOMESTIC_DESTINATIONS);
    story.exploitationProvince = province;
    const place = stopAt(random, 'VNM', startDay, endDay);
    place.provinceCode = province;
    journey.exploitation = [place];
  }
  story.journey = journey;
  return story;
}

/** A place of exploitation with its dates, some of them not known. */
function stopAt(random: Random, country: string, from: number, to: number): Stop {
  const place: Stop = chance(random, 0.03) && country !== 'VNM' ? {} : { country };
  if (chance(random, 0.8)) place.from = isoOf(from);
  if (chance(random, 0.85)) place.to = isoOf(to);
  return place;
}

function someControl(random: Random, pattern: Pattern): string[] {
  const kept = pattern.control.filter(([, probability]) => random() < probability).map(([code]) => code);
  if (kept.length > 0) return kept;
  return [pattern.control[0]?.[0] ?? 'FalsePromises'];
}

/** Through Thailand to Myanmar, through Russia to Europe, across the northern border to China. */
function transitFor(
  random: Random,
  pattern: PatternId,
  destination: string,
  gateway: string,
): Stop | undefined {
  if (destination === 'MMR' && chance(random, 0.75)) return { country: 'THA' };
  if (pattern === 'europe' && destination !== 'RUS' && chance(random, 0.35)) return { country: 'RUS' };
  if ((destination === 'CHN' || destination === 'KHM' || destination === 'LAO') && chance(random, 0.35))
    return { country: 'VNM', provinceCode: gateway };
  return undefined;
}
