/**
 * What a person typed as an amount of đồng, as a whole number: "3.000.000", "3,000,000", "3 000 000 ₫" and
 * "3000000" are the same amount; the đồng has no smaller unit, so nothing after a separator is a fraction.
 * Null when nothing was typed.
 */
export function parseDong(typed: string): number | null {
  const digits = typed.replace(/[^\d]/g, '');
  return digits === '' ? null : Number(digits);
}
