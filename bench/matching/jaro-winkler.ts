/**
 * Jaro similarity (Jaro 1989) and Winkler's prefix boost (Winkler 1990), as string comparators for record
 * linkage. Characters are compared by UTF-16 code unit, exactly as written: no case folding, no accent
 * folding (a baseline that compares names "as written" must not quietly gain Lantern's folding).
 */

/** Jaro similarity in [0, 1]: 1 for equal strings, 0 when no characters match within the window. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  // Characters match when equal and no further apart than half the longer string, less one.
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = true;
      matchedB[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  // Transpositions: matched characters that appear in a different order, counted in halves.
  let outOfOrder = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j += 1;
    if (a[i] !== b[j]) outOfOrder += 1;
    j += 1;
  }
  const transpositions = outOfOrder / 2;
  return (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
}

export interface JaroWinklerOptions {
  /** How much each shared leading character adds (Winkler: 0.1; more than 0.25 can exceed 1). */
  prefixScale?: number;
  /** At most this many leading characters count (Winkler: 4). */
  maxPrefix?: number;
  /**
   * The boost applies only above this Jaro similarity. Winkler's 0.7, which the Ruby `jaro_winkler` gem
   * (the one Rails case-management systems such as OSCaR use) also applies by default.
   */
  boostThreshold?: number;
}

/** Jaro-Winkler similarity: Jaro, raised for strings that share a prefix, since typing errors rarely start a name. */
export function jaroWinkler(a: string, b: string, options: JaroWinklerOptions = {}): number {
  const { prefixScale = 0.1, maxPrefix = 4, boostThreshold = 0.7 } = options;
  const similarity = jaro(a, b);
  if (similarity <= boostThreshold) return similarity;
  let prefix = 0;
  const limit = Math.min(maxPrefix, a.length, b.length);
  while (prefix < limit && a[prefix] === b[prefix]) prefix += 1;
  return similarity + prefix * prefixScale * (1 - similarity);
}
