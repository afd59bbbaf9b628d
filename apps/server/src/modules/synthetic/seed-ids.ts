import { hash } from 'node:crypto';

/**
 * Deterministic, time-ordered ids for synthetic rows: the first 48 bits are the row's own time (as in a
 * UUIDv7, so inserts stay index-friendly) and the rest comes from a hash of the seed and the row's name.
 * The same seed gives the same ids, which makes "same seed, same data" checkable row by row.
 */
export function seedId(seed: number, name: string, at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  const bytes = hash('sha256', `${seed}:${name}`, 'buffer');
  // 48 bits of milliseconds fit a double exactly; number arithmetic instead of BigInt (hot in the seed).
  const time = Math.max(0, ms);
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(time / 2 ** (8 * (5 - i))) % 256;
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f); // version 7 layout
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f); // RFC 4122 variant
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
