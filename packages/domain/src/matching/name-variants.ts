/**
 * The ways intake staff at another agency write a name they have heard or copied: without diacritics, in
 * capitals, given name first, with a Chinese spelling of the family name, with one letter wrong in the
 * family or the given name, spelt by sound ("Qang", "Fuong", "Zung"), with the middle name left out —
 * and several of these at once. Used by the synthetic generator to make second registrations.
 */

export function stripDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const SINO: Record<string, string> = {
  Nguyễn: 'Ruan',
  Trần: 'Chen',
  Lê: 'Li',
  Phạm: 'Fan',
  Hoàng: 'Huang',
  Vũ: 'Wu',
  Đặng: 'Deng',
  Giàng: 'Zhang',
  Vàng: 'Wang',
};

const capitalise = (word: string) => (word[0] ?? '').toUpperCase() + word.slice(1);

/** One slip of the finger in a word (without diacritics): a letter dropped, doubled or swapped. */
export function typo(written: string, random: () => number): string {
  const plain = stripDiacritics(written).toLowerCase();
  // Two-letter names only get a doubled letter ("Lee", "Vuu"): dropping one leaves an initial.
  if (plain.length <= 2) return capitalise(plain + (plain.at(-1) as string));
  const at = 1 + Math.floor(random() * (plain.length - 1));
  const roll = random();
  const slipped =
    roll < 0.4
      ? plain.slice(0, at) + plain.slice(at + 1)
      : roll < 0.8 || at === plain.length - 1
        ? plain.slice(0, at) + plain[at] + plain.slice(at)
        : plain.slice(0, at) + plain[at + 1] + plain[at] + plain.slice(at + 2);
  return capitalise(slipped);
}

/** Spellings by sound that a northern ear hears as the same word. */
const BY_SOUND: ReadonlyArray<[RegExp, string]> = [
  [/^Qu/, 'Q'],
  [/^Ph/, 'F'],
  [/^Gi/, 'Z'],
  [/^D/, 'Z'],
  [/^Tr/, 'Ch'],
  [/^X/, 'S'],
  [/y/, 'i'],
  [/c$/, 'k'],
  [/nh$/, 'n'],
];

/** A word spelt by its sound ("Quang" → "Qang", "Phương" → "Fuong"), or unchanged if no rule applies. */
export function bySound(written: string): string {
  const plain = stripDiacritics(written);
  for (const [pattern, replacement] of BY_SOUND)
    if (pattern.test(plain)) return plain.replace(pattern, replacement);
  return plain;
}

type Variant = (parts: string[], random: () => number) => string;

const family = (p: string[]) => p[0] as string;
const given = (p: string[]) => p.at(-1) as string;
const middle = (p: string[]) => p.slice(1, -1);

/** Ways the same person's name is written differently by another agency. */
export const nameVariants: readonly Variant[] = [
  (p) => stripDiacritics(p.join(' ')).toLowerCase(),
  (p) => [...p.slice(1), family(p)].join(' '), // family name last, as on foreign documents
  (p) => [family(p), given(p)].join(' '), // middle name left out
  (p) => stripDiacritics([given(p), ...p.slice(0, -1)].join(' ')), // given name first
  (p) => [given(p), ...middle(p), family(p)].join(' '), // Western order: "Dũng Quốc Phạm"
  (p) => stripDiacritics([given(p), ...middle(p), family(p)].join(' ')),
  (p, r) => [...p.slice(0, -1), typo(given(p), r)].join(' '), // one typing error in the given name
  (p, r) => [typo(family(p), r), ...p.slice(1)].join(' '), // …in the family name: "Phamm", "Tan"
  (p, r) => stripDiacritics([typo(family(p), r), ...p.slice(1)].join(' ')),
  (p, r) => stripDiacritics([given(p), ...middle(p), typo(family(p), r)].join(' ')),
  (p) => [...p.slice(0, -1).map(stripDiacritics), bySound(given(p))].join(' '), // "Qang", "Zung"
  (p) => [bySound(given(p)), ...middle(p), family(p)].map(stripDiacritics).join(' '), // "Fuong Thi Nguyen"
  (p) => [SINO[family(p)] ?? family(p), ...p.slice(1)].map(stripDiacritics).join(' '),
  (p) => [given(p), ...middle(p), SINO[family(p)] ?? family(p)].map(stripDiacritics).join(' '),
  (p) => p.join(' ').toUpperCase(),
];
