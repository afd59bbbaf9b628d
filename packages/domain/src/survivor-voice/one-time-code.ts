/**
 * The codes a survivor types on a phone: the status-check code and the feedback code. Twelve characters from
 * an alphabet without look-alikes (no 0/O, 1/I/L, U), shown in groups of four. About 59 bits: far beyond what
 * the per-address and per-code rate limits let anyone try, and the server stores only a keyed hash.
 */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const CODE_LENGTH = 12;

/** Turns what was typed ("abcd efgh-jkmn") into the code's canonical form, or undefined if it cannot be one. */
export function normaliseCode(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== CODE_LENGTH) return undefined;
  return [...compact].every((ch) => codeAlphabet.includes(ch)) ? compact : undefined;
}

/** "ABCDEFGHJKMN" → "ABCD-EFGH-JKMN". */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** A fresh code from random bytes (the caller supplies them: the server uses its CSPRNG). */
export function codeFromBytes(bytes: Uint8Array): string {
  // 30 symbols: 256 % 30 = 16, so bytes ≥ 240 are skipped to keep every symbol equally likely.
  let code = '';
  for (const byte of bytes) {
    if (byte >= 240) continue;
    code += codeAlphabet[byte % codeAlphabet.length];
    if (code.length === CODE_LENGTH) return code;
  }
  throw new Error('not enough random bytes for a code');
}
