import { birthYears, normaliseDocument, normalisePhone, type PersonEvidence } from './evidence';
import {
  familyCandidates,
  familyShare,
  generationMarkers,
  type ParsedName,
  parseName,
  soundKey,
} from './names';

/**
 * Why two records may be the same person, as codes the UI translates (`matching.reason.<code>`), each
 * with the weight it added. Weights are log-odds-like: agreement on rare evidence counts more than on
 * common evidence (a shared "Nguyễn" says little, a shared passport number a lot), and one strong
 * disagreement — a different full date of birth, a different sex — outweighs a shared common name.
 */
export interface MatchReason {
  code: string;
  weight: number;
}

export type MatchBand = 'probable' | 'possible' | 'unlikely';

export interface MatchScore {
  score: number;
  band: MatchBand;
  reasons: MatchReason[];
}

/** Thresholds on the score. A wrong merge is worse than a missed match, so "probable" asks for a lot. */
export const PROBABLE = 10;
export const POSSIBLE = 6;

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

function similarToken(a: string, b: string): boolean {
  if (soundKey(a) === soundKey(b)) return true;
  // One slip of the finger in a name of three letters or more ("Nhi" typed "Ni"); shorter names are too
  // close to each other for that to mean anything.
  return Math.max(a.length, b.length) >= 3 && editDistance(a, b) <= 1;
}

function personalTokens(name: ParsedName): string[] {
  return name.tokens.filter((token) => token !== name.family && !generationMarkers.has(token)).sort();
}

function rarityOf(a: string, b: string): number {
  return Math.min(4, 0.6 * Math.log2(1 / Math.max(familyShare(a), familyShare(b))));
}

function compareNames(a: ParsedName, b: ParsedName): MatchReason[] {
  const reasons: MatchReason[] = [];
  const wordsA = a.tokens
    .filter((token) => !generationMarkers.has(token))
    .sort()
    .join(' ');
  const wordsB = b.tokens
    .filter((token) => !generationMarkers.has(token))
    .sort()
    .join(' ');
  if (wordsA === wordsB && (a.given !== b.given || a.family !== b.family)) {
    // The same words in another order ("Ha Pham Thanh" / "Phạm Thanh Hà"): which one is the family name is a
    // guess on one side, so count the whole name once, with the weight of its rarer family reading.
    const family = Math.max(
      rarityOf(a.family ?? '', a.family ?? ''),
      rarityOf(b.family ?? '', b.family ?? ''),
    );
    return [{ code: 'name_same_other_order', weight: round(3.5 + Math.min(family, 1)) }];
  }
  if (a.given && b.given) {
    if (a.given === b.given) reasons.push({ code: 'given_name_same', weight: 4 });
    else if (similarToken(a.given, b.given)) reasons.push({ code: 'given_name_similar', weight: 2.5 });
    else if (a.familyFirst !== b.familyFirst && personalTokens(a).join(' ') === personalTokens(b).join(' '))
      reasons.push({ code: 'given_name_same_other_order', weight: 3 });
    else reasons.push({ code: 'given_name_differs', weight: -5 });
  }
  if (a.family && b.family) {
    const rarity = rarityOf(a.family, b.family);
    const shared = [...familyCandidates(a.family)].some((name) =>
      familyCandidates(b.family as string).has(name),
    );
    if (a.family === b.family) reasons.push({ code: 'family_name_same', weight: round(rarity) });
    else if (shared || similarToken(a.family, b.family))
      reasons.push({ code: 'family_name_variant', weight: round(0.7 * rarity) });
    else reasons.push({ code: 'family_name_differs', weight: -5 });
  }
  const middleA = a.middle.filter((token) => !generationMarkers.has(token));
  const middleB = b.middle.filter((token) => !generationMarkers.has(token));
  if (middleA.length > 0 && middleB.length > 0) {
    const same = middleA.some((token) => middleB.some((other) => similarToken(token, other)));
    reasons.push(
      same ? { code: 'middle_name_same', weight: 1.5 } : { code: 'middle_name_differs', weight: -1.5 },
    );
  }
  return reasons;
}

const total = (reasons: readonly MatchReason[]) => reasons.reduce((sum, reason) => sum + reason.weight, 0);
const round = (value: number) => Math.round(value * 10) / 10;

/** The best agreement between any name of one record and any name of the other (aliases count). */
function bestNameReasons(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  let best: MatchReason[] | undefined;
  for (const nameA of [a.fullName, ...(a.otherNames ?? [])])
    for (const nameB of [b.fullName, ...(b.otherNames ?? [])]) {
      const reasons = compareNames(parseName(nameA), parseName(nameB));
      if (!best || total(reasons) > total(best)) best = reasons;
    }
  return best ?? [];
}

function compareBirth(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  if (a.dateOfBirth && b.dateOfBirth) {
    if (a.dateOfBirth === b.dateOfBirth) return [{ code: 'birth_date_same', weight: 6 }];
    const [ya, ma, da] = a.dateOfBirth.split('-');
    const [yb, mb, db] = b.dateOfBirth.split('-');
    // Day and month swapped (12/03 written as 03/12) is a common entry error, not a different person.
    if (ya === yb && ma === db && da === mb) return [{ code: 'birth_date_transposed', weight: 2 }];
    return [{ code: 'birth_date_differs', weight: -8 }];
  }
  const yearsA = birthYears(a);
  const yearsB = birthYears(b);
  if (!yearsA || !yearsB) return [];
  if (yearsA.precise && yearsB.precise) {
    const gap = Math.abs(yearsA.from - yearsB.from);
    if (gap === 0) return [{ code: 'birth_year_same', weight: 2 }];
    if (gap === 1) return [{ code: 'birth_year_close', weight: -1 }];
    return [{ code: 'birth_year_differs', weight: -6 }];
  }
  const overlap = yearsA.from <= yearsB.to && yearsB.from <= yearsA.to;
  return overlap ? [{ code: 'age_consistent', weight: 0.5 }] : [{ code: 'age_inconsistent', weight: -4 }];
}

function compareContacts(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  const reasons: MatchReason[] = [];
  const phonesB = new Set((b.phones ?? []).map(normalisePhone));
  if ((a.phones ?? []).some((phone) => phonesB.has(normalisePhone(phone))))
    reasons.push({ code: 'phone_same', weight: 9 });
  const documentsB = new Set((b.documentNumbers ?? []).map(normaliseDocument));
  if ((a.documentNumbers ?? []).some((number) => documentsB.has(normaliseDocument(number))))
    reasons.push({ code: 'document_same', weight: 12 });
  return reasons;
}

function comparePlace(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  if (a.homeCommuneCode && b.homeCommuneCode && a.homeCommuneCode === b.homeCommuneCode)
    return [{ code: 'home_commune_same', weight: 1.5 }];
  if (a.homeProvinceCode && b.homeProvinceCode) {
    if (a.homeProvinceCode !== b.homeProvinceCode) return [{ code: 'home_province_differs', weight: -2 }];
    if (a.homeCommuneCode && b.homeCommuneCode) return [{ code: 'home_commune_differs', weight: -0.5 }];
    return [{ code: 'home_province_same', weight: 0.5 }];
  }
  return [];
}

/** How likely two records describe the same person, with the reasons, strongest first. */
export function scoreMatch(a: PersonEvidence, b: PersonEvidence): MatchScore {
  const reasons = [
    ...bestNameReasons(a, b),
    ...compareBirth(a, b),
    ...compareContacts(a, b),
    ...comparePlace(a, b),
  ];
  if (a.sex && b.sex && a.sex !== 'Unknown' && b.sex !== 'Unknown')
    reasons.push(a.sex === b.sex ? { code: 'sex_same', weight: 0.5 } : { code: 'sex_differs', weight: -10 });
  const score = round(total(reasons));
  const band: MatchBand = score >= PROBABLE ? 'probable' : score >= POSSIBLE ? 'possible' : 'unlikely';
  return { score, band, reasons: reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)) };
}
