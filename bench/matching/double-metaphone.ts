/**
 * Lawrence Philips' Double Metaphone ("The Double Metaphone Search Algorithm", C/C++ Users Journal, June
 * 2000), written from his description and reference code. Each word gets a primary code and an alternate
 * code (the same when there is only one reading). Letters are read in upper case; characters the algorithm
 * has no rule for (digits, punctuation, letters outside its Latin set such as "Đ" or "Ư") are skipped, as
 * in the reference code. Codes are cut to four characters by default, as in the reference code and in
 * Lucene/Solr's DoubleMetaphoneFilter; pass `Infinity` for the whole code.
 *
 * The rule order and conditions follow the reference code closely, quirks included, so that the codes
 * equal those of other faithful implementations: the baseline built on it must behave like the real one.
 */

export interface DoubleMetaphoneCodes {
  primary: string;
  alternate: string;
}

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U', 'Y']);
/** Letters with one sound whatever surrounds them; doubled ("BB", "FF") they are read once, Ç and Ñ never. */
const PLAIN: Readonly<Record<string, string>> = Object.fromEntries(
  ['BP', 'FF', 'KK', 'NN', 'QK', 'VF', 'ÇS', 'ÑN'].map((letterAndSound) => [...letterAndSound]),
);

export function doubleMetaphone(word: string, maxLength = 4): DoubleMetaphoneCodes {
  const value = word.toUpperCase();
  const length = value.length;
  const last = length - 1;
  // The reference code pads the word with spaces, so rules that look for "a word ending here" can test for
  // a following space ("JOSE ", "IER ").
  const padded = `${value}     `;
  let primary = '';
  let alternate = '';

  const charAt = (index: number) => (index >= 0 && index < padded.length ? (padded[index] as string) : '');
  const at = (start: number, ...options: string[]) =>
    start >= 0 && options.some((option) => padded.startsWith(option, start));
  const isVowel = (index: number) => index >= 0 && index < length && VOWELS.has(value[index] as string);
  const add = (main: string, alt: string = main) => {
    primary += main;
    alternate += alt;
  };
  /** Adds the sounds and returns the position to read next: most rules are one line with it. */
  const go = (next: number, main: string, alt: string = main) => {
    add(main, alt);
    return next;
  };
  const slavoGermanic = /W|K|CZ|WITZ/.test(value);
  const germanic = () => at(0, 'VAN ', 'VON ') || at(0, 'SCH');

  function letterC(i: number): number {
    // Germanic "-ach-" as in "Bacher", "Macher", but not "-achi-" or "-ache-".
    if (
      i > 1 &&
      !isVowel(i - 2) &&
      at(i - 1, 'ACH') &&
      charAt(i + 2) !== 'I' &&
      (charAt(i + 2) !== 'E' || at(i - 2, 'BACHER', 'MACHER'))
    )
      return go(i + 2, 'K');
    if (i === 0 && at(i, 'CAESAR')) return go(i + 2, 'S');
    if (at(i, 'CHIA')) return go(i + 2, 'K'); // Italian "Chianti"
    if (at(i, 'CH')) {
      if (i > 0 && at(i, 'CHAE'))
        add('K', 'X'); // "Michael"
      else if (
        i === 0 &&
        (at(i + 1, 'HARAC', 'HARIS') || at(i + 1, 'HOR', 'HYM', 'HIA', 'HEM')) &&
        !at(0, 'CHORE')
      )
        add('K'); // Greek roots: "character", "chorus"
      else if (
        germanic() ||
        at(i - 2, 'ORCHES', 'ARCHIT', 'ORCHID') ||
        at(i + 2, 'T', 'S') ||
        ((at(i - 1, 'A', 'O', 'U', 'E') || i === 0) &&
          at(i + 2, 'L', 'R', 'N', 'M', 'B', 'H', 'F', 'V', 'W', ' '))
      )
        add('K');
      else if (i > 0 && at(0, 'MC'))
        add('K'); // "McHugh"
      else if (i > 0) add('X', 'K');
      else add('X');
      return i + 2;
    }
    if (at(i, 'CZ') && !at(i - 2, 'WICZ')) return go(i + 2, 'S', 'X'); // "Czerny"
    if (at(i + 1, 'CIA')) return go(i + 3, 'X'); // "focaccia"
    if (at(i, 'CC') && !(i === 1 && charAt(0) === 'M')) {
      if (at(i + 2, 'I', 'E', 'H') && !at(i + 2, 'HU')) {
        // "accident", "succeed" against Italian "bacci"
        add((i === 1 && charAt(i - 1) === 'A') || at(i - 1, 'UCCEE', 'UCCES') ? 'KS' : 'X');
        return i + 3;
      }
      add('K');
      return i + 2;
    }
    if (at(i, 'CK', 'CG', 'CQ')) return go(i + 2, 'K');
    if (at(i, 'CI', 'CE', 'CY')) {
      if (at(i, 'CIO', 'CIE', 'CIA')) add('S', 'X');
      else add('S');
      return i + 2;
    }
    add('K');
    if (at(i + 1, ' C', ' Q', ' G')) return i + 3; // "Mac Caffrey", "Mac Gregor"
    if (at(i + 1, 'C', 'K', 'Q') && !at(i + 1, 'CE', 'CI')) return i + 2;
    return i + 1;
  }

  function letterG(i: number): number {
    if (charAt(i + 1) === 'H') {
      if (i > 0 && !isVowel(i - 1)) add('K');
      else if (i === 0)
        add(charAt(i + 2) === 'I' ? 'J' : 'K'); // "Ghislane", "ghoul"
      // Parker's rule: silent after B, H or D ("Hugh", "bough", "Broughton").
      else if (
        (i > 1 && at(i - 2, 'B', 'H', 'D')) ||
        (i > 2 && at(i - 3, 'B', 'H', 'D')) ||
        (i > 3 && at(i - 4, 'B', 'H'))
      ) {
        // nothing
      } else if (i > 2 && charAt(i - 1) === 'U' && at(i - 3, 'C', 'G', 'L', 'R', 'T'))
        add('F'); // "laugh"
      else if (i > 0 && charAt(i - 1) !== 'I') add('K');
      return i + 2;
    }
    if (charAt(i + 1) === 'N') {
      if (i === 1 && isVowel(0) && !slavoGermanic) add('KN', 'N');
      else if (!at(i + 2, 'EY') && charAt(i + 1) !== 'Y' && !slavoGermanic) add('N', 'KN');
      else add('KN');
      return i + 2;
    }
    if (at(i + 1, 'LI') && !slavoGermanic) return go(i + 2, 'KL', 'L'); // "tagliaro"
    if (
      i === 0 &&
      (charAt(i + 1) === 'Y' || at(i + 1, 'ES', 'EP', 'EB', 'EL', 'EY', 'IB', 'IL', 'IN', 'IE', 'EI', 'ER'))
    )
      return go(i + 2, 'K', 'J');
    if (
      (at(i + 1, 'ER') || charAt(i + 1) === 'Y') &&
      !at(0, 'DANGER', 'RANGER', 'MANGER') &&
      !at(i - 1, 'E', 'I') &&
      !at(i - 1, 'RGY', 'OGY')
    )
      return go(i + 2, 'K', 'J');
    if (at(i + 1, 'E', 'I', 'Y') || at(i - 1, 'AGGI', 'OGGI')) {
      // Always soft in a French ending ("Rogier"), always hard in an obviously Germanic name.
      if (germanic() || at(i + 1, 'ET')) add('K');
      else if (at(i + 1, 'IER ')) add('J');
      else add('J', 'K');
      return i + 2;
    }
    add('K');
    return charAt(i + 1) === 'G' ? i + 2 : i + 1;
  }

  function letterJ(i: number): number {
    if (at(i, 'JOSE') || at(0, 'SAN ')) {
      // Obvious Spanish: "Jose", "San Jacinto"
      if ((i === 0 && charAt(i + 4) === ' ') || at(0, 'SAN ')) add('H');
      else add('J', 'H');
      return i + 1;
    }
    // "Jankelowicz" / "Yankelovich" at the start; Spanish "bajador" between vowels.
    if (i === 0) add('J', 'A');
    else if (isVowel(i - 1) && !slavoGermanic && (charAt(i + 1) === 'A' || charAt(i + 1) === 'O'))
      add('J', 'H');
    else if (i === last) add('J', '');
    else if (!at(i + 1, 'L', 'T', 'K', 'S', 'N', 'M', 'B', 'Z') && !at(i - 1, 'S', 'K', 'L')) add('J');
    return charAt(i + 1) === 'J' ? i + 2 : i + 1;
  }

  function letterS(i: number): number {
    if (at(i - 1, 'ISL', 'YSL')) return i + 1; // "island", "carlisle"
    if (i === 0 && at(i, 'SUGAR')) return go(i + 1, 'X', 'S');
    if (at(i, 'SH')) return go(i + 2, at(i + 1, 'HEIM', 'HOEK', 'HOLM', 'HOLZ') ? 'S' : 'X');
    if (at(i, 'SIO', 'SIA') || at(i, 'SIAN')) {
      if (slavoGermanic) add('S');
      else add('S', 'X');
      return i + 3;
    }
    // "Smith" against "Schmidt", "Snider" against "Schneider"; Slavic "-sz-".
    if ((i === 0 && at(i + 1, 'M', 'N', 'L', 'W')) || at(i + 1, 'Z'))
      return go(at(i + 1, 'Z') ? i + 2 : i + 1, 'S', 'X');
    if (at(i, 'SC')) {
      if (charAt(i + 2) === 'H') {
        if (at(i + 3, 'OO', 'ER', 'EN', 'UY', 'ED', 'EM')) {
          // "Schenker" may be either; Dutch "school" is hard.
          add(at(i + 3, 'ER', 'EN') ? 'X' : 'SK', 'SK');
        } else if (i === 0 && !isVowel(3) && charAt(3) !== 'W') add('X', 'S');
        else add('X');
        return i + 3;
      }
      add(at(i + 2, 'I', 'E', 'Y') ? 'S' : 'SK');
      return i + 3;
    }
    if (i === last && at(i - 2, 'AI', 'OI'))
      add('', 'S'); // French "Resnais", "Artois"
    else add('S');
    return at(i + 1, 'S', 'Z') ? i + 2 : i + 1;
  }

  function letterT(i: number): number {
    if (at(i, 'TION') || at(i, 'TIA', 'TCH')) return go(i + 3, 'X');
    if (at(i, 'TH') || at(i, 'TTH')) {
      // "Thomas", "Thames" and Germanic names are hard.
      return at(i + 2, 'OM', 'AM') || germanic() ? go(i + 2, 'T') : go(i + 2, '0', 'T');
    }
    add('T');
    return at(i + 1, 'T', 'D') ? i + 2 : i + 1;
  }

  function letterW(i: number): number {
    if (at(i, 'WR')) return go(i + 2, 'R');
    if (i === 0 && (isVowel(i + 1) || at(i, 'WH'))) {
      // "Wasserman" against "Vasserman"
      add('A', isVowel(i + 1) ? 'F' : 'A');
    }
    // "Arnow" against "Arnoff"; Polish "-owski"
    if ((i === last && isVowel(i - 1)) || at(i - 1, 'EWSKI', 'EWSKY', 'OWSKI', 'OWSKY') || at(0, 'SCH'))
      return go(i + 1, '', 'F');
    if (at(i, 'WICZ', 'WITZ')) return go(i + 4, 'TS', 'FX');
    return i + 1;
  }

  /** The next position after the letter at `i`, adding its sounds on the way. */
  function step(i: number): number {
    const letter = charAt(i);
    const next = charAt(i + 1);
    // One sound; a doubled letter is read as one ("BB", "FF").
    const single = (code: string, doubled: boolean) => go(doubled ? i + 2 : i + 1, code);
    if (VOWELS.has(letter)) return i === 0 ? go(i + 1, 'A') : i + 1; // vowels count only at the start
    const plain = PLAIN[letter];
    if (plain) return single(plain, next === letter && 'BFKNQV'.includes(letter));
    switch (letter) {
      case 'C':
        return letterC(i);
      case 'D':
        if (at(i, 'DG') && at(i + 2, 'I', 'E', 'Y')) return go(i + 3, 'J'); // "edge"
        if (at(i, 'DG')) return single('TK', true); // "Edgar"
        return single('T', at(i, 'DT', 'DD'));
      case 'G':
        return letterG(i);
      case 'H':
        // Kept only at the start or between vowels, before a vowel.
        if ((i === 0 || isVowel(i - 1)) && isVowel(i + 1)) return single('H', true);
        return i + 1;
      case 'J':
        return letterJ(i);
      case 'L':
        if (next === 'L') {
          // Spanish "cabrillo", "gallegos": the double L may be silent.
          const spanish =
            (i === length - 3 && at(i - 1, 'ILLO', 'ILLA', 'ALLE')) ||
            ((at(last - 1, 'AS', 'OS') || at(last, 'A', 'O')) && at(i - 1, 'ALLE'));
          add('L', spanish ? '' : 'L');
          return i + 2;
        }
        return single('L', false);
      case 'M':
        // "dumb", "thumb", "dumber": the B after UM is silent.
        return single('M', (at(i - 1, 'UMB') && (i + 1 === last || at(i + 2, 'ER'))) || next === 'M');
      case 'P':
        if (next === 'H') return single('F', true);
        return single('P', at(i + 1, 'P', 'B')); // "Campbell", "raspberry"
      case 'R':
        // French "Rogier", but not "Hochmeier": the final R may be silent.
        if (i === last && !slavoGermanic && at(i - 2, 'IE') && !at(i - 4, 'ME', 'MA')) add('', 'R');
        else add('R');
        return next === 'R' ? i + 2 : i + 1;
      case 'S':
        return letterS(i);
      case 'T':
        return letterT(i);
      case 'W':
        return letterW(i);
      case 'X':
        // French "Breaux": a final X after AU, OU, IAU, EAU is silent.
        if (!(i === last && (at(i - 3, 'IAU', 'EAU') || at(i - 2, 'AU', 'OU')))) add('KS');
        return at(i + 1, 'C', 'X') ? i + 2 : i + 1;
      case 'Z':
        if (next === 'H') return single('J', true); // Chinese pinyin "Zhao"
        if (at(i + 1, 'ZO', 'ZI', 'ZA') || (slavoGermanic && i > 0 && charAt(i - 1) !== 'T')) add('S', 'TS');
        else add('S');
        return next === 'Z' ? i + 2 : i + 1;
      default:
        return i + 1; // a character the algorithm has no rule for
    }
  }

  let current = 0;
  if (at(0, 'GN', 'KN', 'PN', 'WR', 'PS')) current += 1; // silent first letter
  if (charAt(0) === 'X') {
    add('S'); // "Xavier"
    current += 1;
  }
  while ((primary.length < maxLength || alternate.length < maxLength) && current < length)
    current = step(current);
  return { primary: primary.slice(0, maxLength), alternate: alternate.slice(0, maxLength) };
}
