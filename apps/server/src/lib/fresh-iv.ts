import { randomFillSync } from 'node:crypto';

const IV_BYTES = 12;
const pool = Buffer.alloc(IV_BYTES * 512);
let next = pool.length;

/**
 * A fresh random 96-bit AES-GCM nonce. Drawn from a pool that the CSPRNG refills 512 nonces at a time:
 * one `randomBytes(12)` per sealed value cost more than the encryption itself (a seed seals tens of values per
 * person). Each nonce is copied out and its bytes are never handed out again.
 */
export function freshIv(): Buffer {
  if (next + IV_BYTES > pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  const iv = Buffer.from(pool.subarray(next, next + IV_BYTES));
  next += IV_BYTES;
  return iv;
}
