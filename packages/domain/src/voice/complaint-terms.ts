/**
 * What a complaint is about (issue #20). Discrimination and stigma have their own code because the 2024 Law
 * on Prevention and Combat of Human Trafficking prohibits them and programme reports count them apart.
 */
export const complaintCategories = [
  'discrimination_stigma',
  'disrespect',
  'privacy',
  'service_refused',
  'delay',
  'other',
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

/** The alphabet of receipt codes: no 0/O, 1/I/L, so a code read aloud over the phone is not misheard. */
const RECEIPT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RECEIPT_CODE_LENGTH = 10;

/** The receipt code as typed ("kn 7HQ2M-4WXRT") reduced to its ten characters, or undefined. */
export function normaliseReceiptCode(typed: string): string | undefined {
  const bare = typed.toUpperCase().replace(/[\s-]/g, '');
  // The "KN" prefix is optional; a code may itself begin with K and N, so only a 12-character entry loses it.
  const compact = bare.length === RECEIPT_CODE_LENGTH + 2 && bare.startsWith('KN') ? bare.slice(2) : bare;
  if (compact.length !== RECEIPT_CODE_LENGTH) return undefined;
  return [...compact].every((char) => RECEIPT_ALPHABET.includes(char)) ? compact : undefined;
}

/** A code from random bytes (one byte per character; the alphabet's 31 letters take 248 of 256 values). */
export function receiptCodeFrom(randomBytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of randomBytes) {
    if (byte >= RECEIPT_ALPHABET.length * 8) continue; // rejection keeps every character equally likely
    chars.push(RECEIPT_ALPHABET[byte % RECEIPT_ALPHABET.length] as string);
    if (chars.length === RECEIPT_CODE_LENGTH) break;
  }
  if (chars.length < RECEIPT_CODE_LENGTH) throw new Error('not enough random bytes for a receipt code');
  return chars.join('');
}

/** "KN-7HQ2M-4WXRT": how the code is shown and read out. */
export function formatReceiptCode(code: string): string {
  return `KN-${code.slice(0, 5)}-${code.slice(5)}`;
}
