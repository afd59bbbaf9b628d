import { type CtdcQuasiIdentifier, type CtdcRecord, ctdcQuasiIdentifiers } from './ctdc-record';
import { countryRegion } from './regions';

/**
 * k-anonymity for the CTDC-style export: every combination of quasi-identifiers that appears in the file
 * appears at least k times (k = 11, as CTDC's own downloadable dataset). Values are first GENERALISED — a year
 * becomes a programme period, an age band a broader band, a country its region, and last of all the value is
 * withheld — one attribute at a time, the one with the most distinct values first (Sweeney's Datafly). Only
 * when the records still in classes smaller than k are few enough (the suppression budget) are those records
 * SUPPRESSED, i.e. left out of the file; the number left out is reported with the file.
 */
export const CTDC_K = 11;

/** One generalisation step each; the last level of every attribute is the empty value (withheld). */
const hierarchies: Record<CtdcQuasiIdentifier, ((value: string) => string)[]> = {
  yearOfRegistration: [(year) => year, programmePeriod, () => ''],
  gender: [(gender) => gender, () => ''],
  ageBroad: [
    (band) => band,
    broadAge,
    (band) => (band === '' ? '' : broadAge(band) === '0-17' ? '0-17' : '18+'),
    () => '',
  ],
  citizenship: [(code) => code, countryRegion, () => ''],
  CountryOfExploitation: [(code) => code, countryRegion, () => ''],
  traffickMonths: [(band) => band, (band) => (band === '' ? '' : band === '0-12' ? '0-12' : '13+'), () => ''],
};

/** Viet Nam's national programme periods (2011–2015, 2016–2020, 2021–2025, 2026–2030…). */
function programmePeriod(year: string): string {
  const value = Number(year);
  if (!Number.isInteger(value) || year === '') return '';
  const start = value - ((((value - 2011) % 5) + 5) % 5);
  return `${start}-${start + 4}`;
}

/** CTDC's nine age bands merged into four: children, young adults, adults, older adults. */
function broadAge(band: string): string {
  if (band === '') return '';
  if (band === '0-8' || band === '9-17') return '0-17';
  if (band === '18-20' || band === '21-23' || band === '24-26') return '18-26';
  if (band === '27-29' || band === '30-38') return '27-38';
  return '39+';
}

export type GeneralisationLevels = Record<CtdcQuasiIdentifier, number>;

export interface KAnonymousResult {
  records: CtdcRecord[];
  suppressed: number;
  levels: GeneralisationLevels;
  k: number;
}

export interface KAnonymityOptions {
  k?: number;
  /** The share of records that may be left out rather than generalising further (default 5%). */
  maxSuppressedShare?: number;
}

export const maxLevel = (attribute: CtdcQuasiIdentifier) => hierarchies[attribute].length - 1;

export function generalise(record: CtdcRecord, levels: GeneralisationLevels): CtdcRecord {
  const copy = { ...record };
  for (const attribute of ctdcQuasiIdentifiers) {
    const step = hierarchies[attribute][levels[attribute]] as (value: string) => string;
    copy[attribute] = step(record[attribute]);
  }
  return copy;
}

/** The key of a record's equivalence class: its quasi-identifier values. */
export const classKey = (record: CtdcRecord) =>
  JSON.stringify(ctdcQuasiIdentifiers.map((attribute) => record[attribute]));

function classSizes(records: CtdcRecord[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const record of records) {
    const key = classKey(record);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return sizes;
}

function distinctValues(records: CtdcRecord[], attribute: CtdcQuasiIdentifier): number {
  return new Set(records.map((record) => record[attribute])).size;
}

export function kAnonymise(input: CtdcRecord[], options: KAnonymityOptions = {}): KAnonymousResult {
  const k = options.k ?? CTDC_K;
  const budget = Math.floor(input.length * (options.maxSuppressedShare ?? 0.05));
  const levels = Object.fromEntries(ctdcQuasiIdentifiers.map((a) => [a, 0])) as GeneralisationLevels;
  for (;;) {
    const current = input.map((record) => generalise(record, levels));
    const sizes = classSizes(current);
    const outliers = current.filter((record) => (sizes.get(classKey(record)) ?? 0) < k).length;
    const open = ctdcQuasiIdentifiers.filter((attribute) => levels[attribute] < maxLevel(attribute));
    if (outliers <= budget || open.length === 0) {
      const records = current.filter((record) => (sizes.get(classKey(record)) ?? 0) >= k);
      return { records, suppressed: input.length - records.length, levels, k };
    }
    // Generalise the attribute that still splits the records most finely.
    const widest = open.reduce((best, attribute) =>
      distinctValues(current, attribute) > distinctValues(current, best) ? attribute : best,
    );
    levels[widest] += 1;
  }
}
