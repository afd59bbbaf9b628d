import type { Vocabulary } from '../../vocabularies/types';
import type { InstrumentInput } from '../instrument-schema';

type Option = NonNullable<InstrumentInput['sections'][number]['questions'][number]['options']>[number];

/** "vn.ForcedOnlineScam" → "vn-forced-online-scam": option values are lower-case ids. */
export function optionValueFor(code: string): string {
  const kebab = code
    .replace(/\./g, '-')
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return /^[a-z]/.test(kebab) ? kebab : `code-${kebab}`;
}

/**
 * A vocabulary's codes as the options of a question, copied into the instrument when it is defined, so a
 * published version keeps its options even if the vocabulary later grows.
 */
export function vocabularyOptions(vocabulary: Vocabulary, exclude: readonly string[] = []): Option[] {
  return vocabulary.codes
    .filter((entry) => !exclude.includes(entry.code))
    .map((entry) => ({ value: optionValueFor(entry.code), code: entry.code, labels: entry.labels }));
}
