import { between, chance, type Random } from './random';
import type { SyntheticRegistration } from './types';

type Consent = SyntheticRegistration['consents'][number];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Phan', 'Dương'];
const FEMALE = [
  'Thị Hạnh',
  'Thị Lan',
  'Thu Hương',
  'Thị Thủy',
  'Thị Nga',
  'Kim Oanh',
  'Thị Phượng',
  'Phương Thảo',
];
const MALE = [
  'Văn Tuấn',
  'Đức Hưng',
  'Văn Dũng',
  'Minh Khoa',
  'Văn Bình',
  'Hồng Sơn',
  'Quốc Thắng',
  'Anh Quân',
];

function pickOne(random: Random, values: readonly string[]): string {
  return values[Math.floor(random() * values.length)] as string;
}

/** A made-up staff member or village official who witnessed verbal consent (the loader seals it). */
export function witnessName(random: Random): string {
  return `${pickOne(random, FAMILY)} ${pickOne(random, chance(random, 0.6) ? FEMALE : MALE)}`;
}

/**
 * Agency types a person agrees their case may be shared with, and how often each is named: the social work
 * centre (which manages most cases) and health care most, the others about as often as each other.
 */
const SHARING: ReadonlyArray<readonly [string, number]> = [
  ['health_facility', 1.4],
  ['legal_aid_centre', 1],
  ['womens_union_one_stop', 1],
  ['social_work_centre', 2.2],
  ['provincial_police_anti_trafficking', 0.8],
  ['social_protection_centre', 1],
  ['vocational_employment_centre', 0.8],
];
const SHARING_WEIGHT = SHARING.reduce((sum, [, weight]) => sum + weight, 0);

export interface ConsentContext {
  child: boolean;
  obtainedOn: string;
  language: string;
  /** People who read little Vietnamese more often consent out loud before a witness. */
  verbalLikely: boolean;
}

// Built field by field: object spread with extra properties is a slow path in V8.
function consentOf(
  purpose: Consent['purpose'],
  sharingAgencyTypes: string[],
  context: ConsentContext,
  verbal: boolean,
  childAssent: boolean | undefined,
  witness: string | undefined,
): Consent {
  const entry: Consent = {
    purpose,
    sharingAgencyTypes,
    method: verbal ? 'verbal_witnessed' : 'signed_form',
    language: context.language,
    obtainedOn: context.obtainedOn,
    givenBy: context.child ? 'guardian' : 'person',
  };
  if (childAssent !== undefined) entry.childAssent = childAssent;
  if (witness) entry.witness = witness;
  return entry;
}

/** The consents given at registration: services always, the others often, all on one form or out loud. */
export function consentsFor(random: Random, context: ConsentContext): Consent[] {
  const verbal = chance(random, context.verbalLikely ? 0.45 : context.child ? 0.2 : 0.28);
  const witness = verbal ? witnessName(random) : undefined;
  const childAssent = context.child ? chance(random, 0.95) : undefined;
  const consents: Consent[] = [consentOf('services', [], context, verbal, childAssent, witness)];
  if (chance(random, 0.85)) {
    const count = between(random, 1, 3);
    const types = SHARING.filter(([, weight]) => random() < (count * weight) / SHARING_WEIGHT).map(
      ([type]) => type,
    );
    consents.push(
      consentOf(
        'sharing',
        types.length > 0 ? types : ['health_facility'],
        context,
        verbal,
        childAssent,
        witness,
      ),
    );
  }
  if (chance(random, 0.72)) consents.push(consentOf('contact', [], context, verbal, childAssent, witness));
  if (chance(random, 0.82)) consents.push(consentOf('statistics', [], context, verbal, childAssent, witness));
  return consents;
}
