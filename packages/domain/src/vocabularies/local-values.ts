import { type Locale, supportedLocales } from '../i18n/locales';
import { compactKey } from '../text/fold';
import { codeName, type Labels, type Vocabulary, type VocabularyCode, vocabularyCodeSchema } from './types';

/** A value an administrator adds to a vocabulary; stored in the database, not in code. */
export interface LocalValue {
  /** "local." followed by a letter, then letters, digits, "_" or "-". */
  code: string;
  labels: Labels;
  description?: Partial<Labels>;
  /** The HTCDS code to export it as; "Other" is used when omitted and the list has one. */
  htcdsExport?: string;
}

export type LocalValueProblem =
  | { code: string; problem: 'invalid-code' }
  | { code: string; problem: 'collides-with-fixed-code'; conflictsWith: string }
  | { code: string; problem: 'duplicate-code' }
  | { code: string; problem: 'missing-label'; locale: Locale }
  | { code: string; problem: 'duplicate-label'; locale: Locale; conflictsWith: string }
  | { code: string; problem: 'invalid-export' };

const LOCAL_CODE = /^local\.[A-Za-z][A-Za-z0-9_-]*$/;

export class LocalValueError extends Error {
  constructor(readonly problems: readonly LocalValueProblem[]) {
    super(`Local vocabulary values rejected: ${problems.map((p) => `${p.code} (${p.problem})`).join(', ')}`);
    this.name = 'LocalValueError';
  }
}

/**
 * Checks local values against a vocabulary. A local value may not reuse the name of a fixed code in any
 * namespace ("local.Zalo" when "vn.Zalo" exists), nor repeat, in any language, the label of a code the
 * list already has: two entries meaning the same thing would split the statistics.
 */
export function validateLocalValues(
  vocabulary: Vocabulary,
  values: readonly LocalValue[],
): LocalValueProblem[] {
  const problems: LocalValueProblem[] = [];
  const fixed = vocabulary.codes.filter((entry) => entry.namespace !== 'local');
  const fixedNames = new Map(fixed.map((entry) => [codeName(entry).toLowerCase(), entry.code]));
  const htcdsCodes = new Set(fixed.filter((entry) => entry.namespace === 'htcds').map((entry) => entry.code));
  const accepted: Array<Pick<VocabularyCode, 'code' | 'labels'>> = [...fixed];
  const localNames = new Set<string>();
  for (const value of values) {
    if (!LOCAL_CODE.test(value.code)) {
      problems.push({ code: value.code, problem: 'invalid-code' });
      continue;
    }
    const name = value.code.slice('local.'.length).toLowerCase();
    const clash = fixedNames.get(name);
    if (clash) problems.push({ code: value.code, problem: 'collides-with-fixed-code', conflictsWith: clash });
    if (localNames.has(name)) problems.push({ code: value.code, problem: 'duplicate-code' });
    localNames.add(name);
    for (const locale of supportedLocales) {
      const text = value.labels?.[locale]?.trim() ?? '';
      if (text === '') {
        problems.push({ code: value.code, problem: 'missing-label', locale });
        continue;
      }
      const same = accepted.find((entry) => compactKey(entry.labels[locale]) === compactKey(text));
      if (same)
        problems.push({ code: value.code, problem: 'duplicate-label', locale, conflictsWith: same.code });
    }
    if (
      value.htcdsExport !== undefined &&
      (vocabulary.source !== 'htcds' || !htcdsCodes.has(value.htcdsExport))
    ) {
      problems.push({ code: value.code, problem: 'invalid-export' });
    }
    accepted.push(value);
  }
  return problems;
}

/**
 * The vocabulary with local values appended in namespace "local". Throws a LocalValueError listing
 * every problem when any value is rejected; the fixed codes are never changed or removed.
 */
export function mergeLocalValues(vocabulary: Vocabulary, values: readonly LocalValue[]): Vocabulary {
  const problems = validateLocalValues(vocabulary, values);
  if (problems.length > 0) throw new LocalValueError(problems);
  const locals = values.map((value) => vocabularyCodeSchema.parse({ ...value, namespace: 'local' }));
  return {
    ...vocabulary,
    codes: [...vocabulary.codes.filter((entry) => entry.namespace !== 'local'), ...locals],
  };
}
