import { birthYears, normaliseDocument, normalisePhone, type PersonEvidence } from './evidence';
import { familyReadings, nameReadings, type ParsedName, parseName, soundKey } from './names';

/**
 * Candidate keys for the blind index. The server stores only a keyed HMAC of each key, so the database
 * can find records that share one without holding any name. Keys are coarse on purpose (a sound key of
 * the given name, a birth year): they choose which few records to decrypt and score, never decide a match.
 */

function givenCandidates(name: ParsedName): string[] {
  if (!name.given) return [];
  const given = [name.given];
  // Written in another order, which word is the given name is a guess ("Vân" and "Văn" fold alike): look up
  // the other personal names too.
  if (!name.familyFirst) given.push(...name.middle);
  return [...new Set(given.map(soundKey))];
}

function families(name: ParsedName): string[] {
  if (!name.family) return [];
  // A slip of a known family name ("Phamm", "Tan" for Trần) is filed under that name.
  const known = familyReadings(name.family);
  return known.size > 0 ? [...known] : [soundKey(name.family)];
}

/** Keys stored for a person: every name they are known by, their birth years, phones and documents. */
export function storedMatchKeys(person: PersonEvidence): string[] {
  return collectKeys(person, 0);
}

/**
 * Keys to look up for a search: the same kinds of key, with a year either side of the birth year, since
 * a year can be misremembered or mistyped.
 */
export function queryMatchKeys(person: PersonEvidence): string[] {
  return collectKeys(person, 1);
}

function collectKeys(person: PersonEvidence, yearSlack: number): string[] {
  const keys = new Set<string>();
  const years = birthYears(person);
  const searching = yearSlack > 0;
  // A record is filed under the reading of its names the parser prefers; a search looks under every
  // plausible reading ("Mai Thi Pham" may be Phạm Thị Mai), which costs lookups, not stored rows.
  const names = [person.fullName, ...(person.otherNames ?? [])].flatMap((fullName) =>
    searching ? nameReadings(fullName) : [parseName(fullName)],
  );
  for (const name of names) {
    // A typing error in the given name changes its sound key; its first letter, the family name and an exact
    // birth year still bring the record up.
    // A search with only an approximate age looks under each year it allows (lookups, not stored rows).
    if (name.given && years && (years.precise || searching))
      for (const family of families(name))
        for (let year = years.from; year <= years.to; year++)
          keys.add(`g1:${name.given[0]}:${family}:${year}`);
    for (const given of givenCandidates(name)) {
      if (years)
        for (let year = years.from - yearSlack; year <= years.to + yearSlack; year++)
          keys.add(`gy:${given}:${year}`);
      // By given and family name: every record has a "gf" key, and a record without any age also an "gfn"
      // key, so a search with an age still finds records without one, and a search without an age finds all.
      for (const family of families(name)) {
        if (!searching || !years) keys.add(`gf:${given}:${family}`);
        if ((!searching && !years) || (searching && years)) keys.add(`gfn:${given}:${family}`);
      }
    }
  }
  for (const phone of person.phones ?? []) {
    const normalised = normalisePhone(phone);
    if (normalised.length >= 6) keys.add(`ph:${normalised}`);
  }
  for (const number of person.documentNumbers ?? []) {
    const normalised = normaliseDocument(number);
    if (normalised.length >= 5) keys.add(`doc:${normalised}`);
  }
  return [...keys];
}
