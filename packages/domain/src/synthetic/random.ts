/**
 * Small, fast helpers for the synthetic dataset: per-index seeds, weighted tables built once at module load,
 * and calendar arithmetic on day numbers (days since 1970-01-01), so a registration costs microseconds.
 */

export type Random = () => number;

/** A well-mixed 32-bit seed from the dataset seed, a position and a purpose (murmur3's finaliser). */
export function mixSeed(seed: number, index: number, salt: number): number {
  let h = Math.imul((seed | 0) ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(index >>> 0, 0x85ebca6b);
  h ^= Math.imul(salt | 0, 0xc2b2ae35) ^ Math.floor(index / 4294967296);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Table<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

/** A weighted table, built once: weights need not sum to anything in particular. */
export function table<T>(entries: ReadonlyArray<readonly [T, number]>): Table<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (values.length === 0) throw new Error('a weighted table needs a positive weight');
  return { values, cumulative, total };
}

export function draw<T>(random: Random, from: Table<T>): T {
  const roll = random() * from.total;
  const { cumulative, values } = from;
  for (let i = 0; i < cumulative.length; i++) if (roll < (cumulative[i] as number)) return values[i] as T;
  return values[values.length - 1] as T;
}

/** Pairs written compactly: "Giàng:25 Sùng:20" (values without spaces or colons). */
export function pairs(spec: string): Array<readonly [string, number]> {
  return spec
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const at = entry.lastIndexOf(':');
      return [entry.slice(0, at), Number(entry.slice(at + 1))] as const;
    });
}

/** A weighted table written compactly: "Giàng:25 Sùng:20" (values without spaces or colons). */
export function weights(spec: string): Table<string> {
  return table(pairs(spec));
}

/** Draws from weights computed on the spot (for the few choices that depend on the person). */
export function drawWeighted<T>(random: Random, entries: ReadonlyArray<readonly [T, number]>): T {
  let total = 0;
  for (const [, weight] of entries) total += Math.max(0, weight);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= Math.max(0, weight);
    if (roll < 0) return value;
  }
  return (entries[entries.length - 1] as readonly [T, number])[0];
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** An integer from min to max, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A duration with a long right tail (log-normal around the median), bounded. */
export function skewed(random: Random, median: number, spread: number, min: number, max: number): number {
  const u = Math.max(random(), 1e-9);
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  const value = Math.round(median * Math.exp(spread * normal));
  return Math.min(max, Math.max(min, value));
}

export const DAY_MS = 86_400_000;
const VIET_NAM_OFFSET_MINUTES = 7 * 60;

/** Day number of an ISO calendar date. */
export function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** ISO calendar date of a day number (civil-from-days, without a Date object). */
export function isoOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The instant (ISO, UTC) of a minute of a Viet Nam calendar day (UTC+7, no daylight saving). */
export function instantOf(day: number, minuteOfDay: number): string {
  const minute = day * 1440 + minuteOfDay - VIET_NAM_OFFSET_MINUTES;
  const utcDay = Math.floor(minute / 1440);
  const inDay = minute - utcDay * 1440;
  return `${isoOf(utcDay)}T${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}:00.000Z`;
}

/** A time in office hours, as minutes after midnight in Viet Nam (07:30 to 17:00). */
export function officeMinute(random: Random): number {
  return 450 + Math.floor(random() * 570);
}

/**
 * Hands out instants that never go backwards: each at office hours on its day, or a few minutes after the
 * previous one when that was later the same day.
 */
export class Clock {
  constructor(
    private readonly random: Random,
    private last = Number.NEGATIVE_INFINITY,
  ) {}

  /** Another clock that starts where this one is now. */
  fork(): Clock {
    return new Clock(this.random, this.last);
  }

  at(day: number): string {
    let minute = day * 1440 + officeMinute(this.random);
    if (minute <= this.last) minute = this.last + 1 + Math.floor(this.random() * 20);
    this.last = minute;
    return instantOf(0, minute);
  }
}
