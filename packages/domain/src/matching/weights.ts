/**
 * Why two records may be the same person, as codes the UI translates (`case.matchReason.<code>`), each
 * with the weight it added. Weights are log-likelihood ratios (see {@link BITS}): agreement on rare
 * evidence counts more than on common evidence (a shared "Nguyễn" says little, a shared passport number
 * a lot), and one strong disagreement — a different full date of birth, a different sex — outweighs a
 * shared common name.
 */
export interface MatchReason {
  code: string;
  weight: number;
}

/**
 * The evidence weights, in bits: log2(m / u), where m is how often a second record of the same person
 * shows the outcome and u how often a record of someone else in the caseload does (Fellegi–Sunter).
 * Independent pieces of evidence add up. In a caseload of tens of thousands of people about 15 bits are
 * needed before a pair is even odds, so "probable" (10 points) asks for about 17 bits and "possible"
 * (6 points) for 10: worth a look, not worth a merge.
 */
export const BITS = {
  // The commonest given names (Linh, Trang, Hương, Anh…) are each borne by 2–5 % of people.
  givenSame: 4.3,
  // One slip of the finger in a copied record is common (m ≈ 0.1), but distinct given names are often one
  // letter apart too (Thu/Thủy, Hà/Hải, Mai/Hải; u ≈ 0.025).
  givenSimilar: 2,
  // Written in another order, which word is the given name is a guess; the words themselves agree.
  givenOtherOrder: 3.5,
  // A name compared in a reading other than the one its words suggest ("Mai Thi Pham" read as Phạm Thị
  // Mai): trying several readings lets one fit by chance, so taking another costs a little.
  nameOtherReading: -1,
  // Vietnamese are called by their given name. A different one with the rest alike is a sibling: siblings
  // share the family name and the home, twins the date of birth too, so this must outweigh all of that.
  givenDiffers: -14,
  // A family name agreeing is worth log2(1 / its share), capped: a spelling we do not know may be a word
  // misread as the family name rather than a rare one.
  familyCap: 8,
  // The same family in a foreign spelling ("Ruan" for Nguyễn on Chinese papers) is the same evidence,
  // discounted a little because a transliteration can stand for more than one family ("Li": Lê or Lý).
  familyVariantFactor: 0.8,
  // A one-letter slip in a family name nobody spells that way ("Nguyn").
  familyTypoFactor: 0.7,
  // Two real family names a letter apart (Phạm/Phan, Lương/Dương, Lâm/La) are two families far more
  // often than a typo of one.
  familyNearOther: -2,
  // Women keep their own family name at marriage, so a different family name is another person.
  familyDiffers: -10,
  // A middle name other than Thị/Văn (Ngọc, Thu, Minh, Quốc…) is borne by a few percent of people.
  middleSame: 3.7,
  // Distinctive middle names do not change between registrations; different ones mean another person.
  middleDiffers: -4,
  // Thị on one record and a distinctive middle name on the other: some women carry both ("Nguyễn Thị Ngọc
  // Lan") and either can be left out, but more often they are two people.
  middleMarkerVersusName: -1.5,
  // Full dates of birth agree: ~9,000 dates over a 25-year span, less a little for dates entered as 01/01.
  birthDateSame: 12,
  // Day and month swapped (12/03 written as 03/12) is a common entry error, not a different person.
  birthDateTransposed: 5,
  // Two full dates that disagree are two people: namesakes born in the same year are common in Viet Nam,
  // far more so than a mistyped date. Only a shared phone or document can bring such a pair back.
  birthDateDiffers: -16,
  // Only a year on one side: victims' birth years spread over some thirty years.
  birthYearSame: 5,
  // A year off by one: a year worked out from a stated age slips by one (the traditional reckoning counts a
  // year more), but neighbouring years are as common between two people, so it is only slightly against.
  birthYearClose: -1,
  // Years further apart: another person (an uncertain age is given as an approximate age, not a year).
  birthYearDiffers: -12,
  // An approximate age covers about five years.
  ageConsistent: 2.5,
  // An age that cannot fit the other record's birth year, even allowing for a few years' misjudgement.
  ageInconsistent: -8,
  // Phones are personal but shared with relatives and, in trafficking, with brokers, and change often.
  phoneSame: 13,
  // A national ID or passport number belongs to one person.
  documentSame: 20,
  // The same home commune: ~3,300 communes, discounted because victims come from a few hundred sending
  // communes and families of one lineage live in the same village.
  communeSame: 9,
  // The same province when a commune is missing on one side: most victims come from a few provinces.
  provinceSame: 4,
  // The same province but another commune: people move within a province, and records disagree.
  communeDiffers: -1,
  // Another home province is rare for one person (a current address written instead of the home one).
  provinceDiffers: -4,
  // With women the majority of victims, a shared sex says little.
  sexSame: 0.7,
  // Given names and Thị/Văn are gendered: another sex is another person (a twin brother, a cousin).
  sexDiffers: -20,
} as const;

/**
 * Points per bit, the scale of {@link PROBABLE} and {@link POSSIBLE}: "probable" needs about 17 bits, odds
 * of about 4 to 1 at the threshold in a caseload of 25,000 records, and far better for most of the band.
 */
const POINTS_PER_BIT = 0.6;

export const reason = (code: string, bits: number): MatchReason => ({
  code,
  weight: round(bits * POINTS_PER_BIT),
});

export const total = (reasons: readonly MatchReason[]) =>
  reasons.reduce((sum, reason) => sum + reason.weight, 0);
export const round = (value: number) => Math.round(value * 10) / 10;
