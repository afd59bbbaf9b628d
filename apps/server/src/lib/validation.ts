import { type FieldError, type Locale, translate } from '@lantern/domain';
import type { z } from 'zod';
import { AppError } from './errors';

type Issue = z.core.$ZodIssue;

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'body' : path.map(String).join('.');
}

function describeIssue(issue: Issue): { code: string; params: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      // zod reports a missing property as a type error whose received type is undefined.
      return { code: /received undefined$/.test(issue.message) ? 'required' : 'invalid_type', params: {} };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { code: 'required', params: {} }
          : { code: 'too_short', params: { minimum: Number(issue.minimum) } };
      }
      return { code: 'too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { code: 'too_long', params: { maximum: Number(issue.maximum) } }
        : { code: 'too_big', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: 'invalid_format', params: {} };
    case 'invalid_value':
      return { code: 'invalid_value', params: {} };
    case 'custom': {
      // A schema's own rule names its field error (`params.fieldCode`), translated like every other one.
      const fieldCode = issue.params?.fieldCode;
      return { code: typeof fieldCode === 'string' ? fieldCode : 'invalid', params: {} };
    }
    default:
      return { code: 'invalid', params: {} };
  }
}

/** Turns zod issues into field-level errors that name the field and say, in the user's language, how to fix it. */
export function toFieldErrors(issues: readonly Issue[], locale: Locale): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldName([...issue.path, key]),
        code: 'unrecognized',
        message: translate(locale, 'errors.field.unrecognized'),
      }));
    }
    const { code, params } = describeIssue(issue);
    return [
      { field: fieldName(issue.path), code, message: translate(locale, `errors.field.${code}`, params) },
    ];
  });
}

export function validationError(issues: readonly Issue[], locale: Locale): AppError {
  return new AppError(400, 'validation', {}, toFieldErrors(issues, locale));
}
