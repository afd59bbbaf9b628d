import type { DuplicatePair, DuplicateSide, DuplicateStatus } from '@lantern/domain';

/** Pairs of person records the scan found alike: the shapes are the API's (GET /api/duplicates). */
export type { DuplicatePair, DuplicateSide, DuplicateStatus } from '@lantern/domain';
export { duplicateStatuses } from '@lantern/domain';
export type DuplicateDecision = 'merge' | 'dismiss' | 'reopen';

/** The supervisor's own agency's record first, so the familiar one is read before the other. */
export function ownFirst(pair: Pick<DuplicatePair, 'a' | 'b'>): [DuplicateSide, DuplicateSide] {
  return !pair.a.ownAgency && pair.b.ownAgency ? [pair.b, pair.a] : [pair.a, pair.b];
}

/** What the two records share and where they differ, strongest first. */
export function splitReasons(reasons: DuplicatePair['reasons']) {
  const byWeight = [...reasons].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return {
    alike: byWeight.filter((reason) => reason.weight > 0),
    different: byWeight.filter((reason) => reason.weight < 0),
  };
}

/** The decisions open to a pair in its status (the server refuses the others with 409). */
export function decisionsFor(status: DuplicateStatus): DuplicateDecision[] {
  return status === 'open' ? ['merge', 'dismiss'] : ['reopen'];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 1998-03-12 → 12/03/1998; anything else (a year alone) as it is. */
export function birthText(dateOfBirth: string): string {
  const match = ISO_DAY.exec(dateOfBirth);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : dateOfBirth;
}

/** The day, in Viet Nam (UTC+7), of a stored instant, as dd/MM/yyyy. */
export function dayInVietNam(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return '';
  return birthText(new Date(time + 7 * 60 * 60 * 1000).toISOString().slice(0, 10));
}

/**
 * What is known of the person's birth, as precisely as it was recorded: the day, else the year, else an
 * approximate age (with the day it was estimated). Only when none is known does the page say "not recorded".
 */
export type KnownBirth =
  | { kind: 'date'; text: string }
  | { kind: 'year'; year: number }
  | { kind: 'age'; years: number; on: string }
  | null;

export function knownBirth(
  side: Pick<DuplicateSide, 'dateOfBirth' | 'birthYear' | 'approximateAge'>,
): KnownBirth {
  if (side.dateOfBirth) return { kind: 'date', text: birthText(side.dateOfBirth) };
  if (side.birthYear != null) return { kind: 'year', year: side.birthYear };
  if (side.approximateAge)
    return { kind: 'age', years: side.approximateAge.years, on: birthText(side.approximateAge.on) };
  return null;
}
