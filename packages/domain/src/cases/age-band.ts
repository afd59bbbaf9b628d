/**
 * CTDC's published age bands (ageBroad, age at registration), so statistics can be shared without ages:
 * 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+.
 */
export const ageBands = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;
export type AgeBand = (typeof ageBands)[number];

const lowerBounds = [0, 9, 18, 21, 24, 27, 30, 39, 48];

export function ageBandOf(age: number): AgeBand {
  let band: AgeBand = ageBands[0];
  lowerBounds.forEach((bound, index) => {
    if (age >= bound) band = ageBands[index] as AgeBand;
  });
  return band;
}

/** Age in whole years on a day (YYYY-MM-DD) from what is known: full date, birth year, or an estimate. */
export function ageOn(
  person: {
    dateOfBirth?: string | undefined;
    birthYear?: number | undefined;
    approximateAge?: { years: number; on: string } | undefined;
  },
  on: string,
): number | undefined {
  if (person.dateOfBirth) {
    const years = Number(on.slice(0, 4)) - Number(person.dateOfBirth.slice(0, 4));
    return on.slice(5) < person.dateOfBirth.slice(5) ? years - 1 : years;
  }
  if (person.birthYear !== undefined) return Number(on.slice(0, 4)) - person.birthYear;
  if (person.approximateAge)
    return (
      person.approximateAge.years + (Number(on.slice(0, 4)) - Number(person.approximateAge.on.slice(0, 4)))
    );
  return undefined;
}
