/**
 * What the matcher compares about a person. Identifying values arrive here only after decryption on the
 * server (or typed by the user for a search); nothing in this module stores or logs them.
 */
export interface PersonEvidence {
  fullName: string;
  otherNames?: readonly string[];
  /** YYYY-MM-DD when the full date is known. */
  dateOfBirth?: string;
  birthYear?: number;
  /** An age stated or estimated on a date (YYYY-MM-DD), when neither the date nor the year is known. */
  approximateAge?: { years: number; on: string };
  /** HTCDS gender code. */
  sex?: string;
  /** Current (2025) province and commune codes of the home address. */
  homeProvinceCode?: string;
  homeCommuneCode?: string;
  phones?: readonly string[];
  /** National ID, passport and other document numbers. */
  documentNumbers?: readonly string[];
}

/** The birth years a person can have: one when known, a span when only an approximate age is. */
export function birthYears(
  person: PersonEvidence,
): { from: number; to: number; precise: boolean } | undefined {
  if (person.dateOfBirth) {
    const year = Number(person.dateOfBirth.slice(0, 4));
    return { from: year, to: year, precise: true };
  }
  if (person.birthYear !== undefined) return { from: person.birthYear, to: person.birthYear, precise: true };
  if (person.approximateAge) {
    const year = Number(person.approximateAge.on.slice(0, 4)) - person.approximateAge.years;
    // An age estimated by an interviewer is often a few years off either way.
    return { from: year - 3, to: year + 1, precise: false };
  }
  return undefined;
}

/** Vietnamese phone numbers in one form: digits only, "+84" / "84" → "0". */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('84') && digits.length >= 11) return `0${digits.slice(2)}`;
  return digits;
}

/** Document numbers without spaces, dashes or case differences ("c 1234-567" = "C1234567"). */
export function normaliseDocument(number: string): string {
  return number.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}
