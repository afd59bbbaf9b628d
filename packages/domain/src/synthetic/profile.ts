import type { PersonProfile } from '../api/cases';
import { ETHNIC_LANGUAGES } from './ethnicity';
import { chance, draw, drawWeighted, type Random, weights } from './random';

type Profile = Omit<PersonProfile, 'sex' | 'homeProvinceCode' | 'homeCommuneCode'>;

const EDUCATION_MINORITY = weights(
  'vn.NoFormalEducation:18 PrimaryEducation:32 LowerSecondaryEducation:35 UpperSecondaryEducation:12 PostSecondaryNonTertiaryEducation:3',
);
const EDUCATION_KINH = weights(
  'vn.NoFormalEducation:2 PrimaryEducation:10 LowerSecondaryEducation:38 UpperSecondaryEducation:35 PostSecondaryNonTertiaryEducation:6 ShortCycleTertiaryEducation:5 BachelorsOrEquivalentLevel:4',
);
/** Scam-compound recruiters look for young people with schooling, IT or language skills. */
const EDUCATION_ONLINE = weights(
  'PrimaryEducation:3 LowerSecondaryEducation:25 UpperSecondaryEducation:42 PostSecondaryNonTertiaryEducation:8 ShortCycleTertiaryEducation:10 BachelorsOrEquivalentLevel:12',
);
const MARITAL_YOUNG = weights('Single:75 Married:18 Divorced:4 Separated:3');
const MARITAL_TWENTIES = weights('Single:45 Married:40 Divorced:9 Separated:5 Widowed:1');
const MARITAL_OLDER = weights('Single:15 Married:55 Divorced:16 Separated:9 Widowed:5');
const CHILDREN = weights('0:15 1:35 2:35 3:12 4:3');

function education(random: Random, age: number, minority: boolean, scam: boolean): string {
  if (age < 11) return 'PrimaryEducation';
  if (age < 15) return chance(random, minority ? 0.5 : 0.25) ? 'PrimaryEducation' : 'LowerSecondaryEducation';
  if (age < 18)
    return drawWeighted(random, [
      ['PrimaryEducation', minority ? 25 : 8],
      ['LowerSecondaryEducation', 70],
      ['UpperSecondaryEducation', minority ? 5 : 22],
    ]);
  if (scam && !minority) return draw(random, EDUCATION_ONLINE);
  return draw(random, minority ? EDUCATION_MINORITY : EDUCATION_KINH);
}

function maritalStatus(random: Random, age: number, minority: boolean): string {
  if (age < 18) return minority && age >= 15 && chance(random, 0.06) ? 'Married' : 'Single';
  return draw(random, age <= 22 ? MARITAL_YOUNG : age <= 30 ? MARITAL_TWENTIES : MARITAL_OLDER);
}

export interface ProfileContext {
  ethnicity: string;
  age: number;
  female: boolean;
  scam: boolean;
  /** Years spent in China (married there against one's will, sometimes with a child left behind). */
  yearsInChina: number;
}

/** The non-identifying profile, with some fields left out as real records often are. */
export function profileFor(random: Random, context: ProfileContext): Profile {
  const { ethnicity, age } = context;
  const minority = ethnicity !== '01';
  const profile: Profile = { languages: [] };
  if (!chance(random, 0.1)) profile.ethnicity = ethnicity;
  if (!chance(random, 0.06)) profile.nationality = 'VNM';
  const home = ETHNIC_LANGUAGES[ethnicity];
  if (!chance(random, 0.08)) {
    if (!home) profile.languages = ['vie'];
    else {
      const roll = random();
      profile.languages = roll < 0.8 ? ['vie', home] : roll < 0.92 ? [home] : ['vie'];
    }
    if (context.yearsInChina >= 2 && chance(random, 0.35)) profile.languages.push('zho');
  }
  if (!chance(random, 0.18)) profile.educationLevel = education(random, age, minority, context.scam);
  const marital = maritalStatus(random, age, minority);
  if (!chance(random, 0.14)) profile.maritalStatus = marital;
  if (!chance(random, 0.22)) {
    let children = 0;
    if (age >= 18)
      children = marital === 'Single' ? (chance(random, 0.1) ? 1 : 0) : Number(draw(random, CHILDREN));
    if (context.yearsInChina >= 1.5 && chance(random, 0.4)) children += 1;
    profile.childrenCount = children;
  }
  return profile;
}
