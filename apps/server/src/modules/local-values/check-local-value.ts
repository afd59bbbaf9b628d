import {
  type FieldError,
  type Locale,
  type LocalValue,
  type LocalValueProblem,
  translate,
  type Vocabulary,
  validateLocalValues,
} from '@lantern/domain';
import { AppError } from '../../lib/errors';
import { type LocalValueRow, toLocalValue } from './stored-values';

/**
 * The problems of one new or changed value, checked with validateLocalValues against the built-in codes
 * and every other stored value of the list, retired ones included: a retired value still names what
 * records hold, so a new value repeating its code or label would split the statistics (the fix is to
 * reactivate it). validateLocalValues checks values in order, each against those before it, so the
 * candidate's problems are what checking it last adds to checking the others alone.
 */
export function problemsOf(
  builtIn: Vocabulary,
  others: readonly LocalValueRow[],
  candidate: LocalValue,
): LocalValueProblem[] {
  const existing = others.map(toLocalValue);
  const before = validateLocalValues(builtIn, existing).length;
  return validateLocalValues(builtIn, [...existing, candidate]).slice(before);
}

function fieldError(
  locale: Locale,
  problem: LocalValueProblem,
  builtIn: Vocabulary,
  others: readonly LocalValueRow[],
): FieldError {
  switch (problem.problem) {
    case 'invalid-code':
      return {
        field: 'code',
        code: 'invalid_format',
        message: translate(locale, 'errors.local_value.invalid_code'),
      };
    case 'collides-with-fixed-code':
      return {
        field: 'code',
        code: 'fixed_code',
        message: translate(locale, 'errors.local_value.code_of_fixed', { code: problem.conflictsWith }),
      };
    case 'duplicate-code':
      return {
        field: 'code',
        code: 'taken',
        message: translate(locale, 'errors.local_value.code_taken', { code: problem.code }),
      };
    case 'missing-label':
      return {
        field: `labels.${problem.locale}`,
        code: 'required',
        message: translate(locale, 'errors.field.required'),
      };
    case 'duplicate-label': {
      const fixed = builtIn.codes.find((entry) => entry.code === problem.conflictsWith);
      const local = others.find((row) => row.code === problem.conflictsWith);
      const label = fixed?.labels[problem.locale] ?? local?.labels[problem.locale] ?? problem.conflictsWith;
      const key =
        local && !local.active ? 'errors.local_value.label_of_retired' : 'errors.local_value.label_taken';
      return {
        field: `labels.${problem.locale}`,
        code: 'duplicate_label',
        message: translate(locale, key, { label, code: problem.conflictsWith }),
      };
    }
    case 'invalid-export':
      return {
        field: 'htcdsExport',
        code: 'invalid_value',
        message: translate(
          locale,
          builtIn.source === 'htcds' ? 'errors.local_value.export_unknown' : 'errors.local_value.export_none',
        ),
      };
  }
}

/** Refuses the value with one localised error per field when validateLocalValues finds any problem. */
export function assertAcceptable(
  locale: Locale,
  builtIn: Vocabulary,
  others: readonly LocalValueRow[],
  candidate: LocalValue,
): void {
  const problems = problemsOf(builtIn, others, candidate);
  if (problems.length === 0) return;
  throw new AppError(
    400,
    'validation',
    {},
    problems.map((problem) => fieldError(locale, problem, builtIn, others)),
  );
}

/** A code taken by a value saved at the same moment by someone else: the unique index caught it. */
export function isUniqueViolation(error: unknown): boolean {
  // Drizzle wraps the driver's error (PGlite or node-postgres), which carries the SQLSTATE.
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    if ((current as { code?: unknown }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function codeTaken(locale: Locale, code: string): AppError {
  return new AppError(400, 'validation', {}, [
    { field: 'code', code: 'taken', message: translate(locale, 'errors.local_value.code_taken', { code }) },
  ]);
}
