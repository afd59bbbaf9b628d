import { signInRequestSchema } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldErrors } from './validation';

function errorsFor(schema: z.ZodType, input: unknown, locale: 'vi' | 'en' | 'ar' = 'en') {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be invalid');
  return toFieldErrors(result.error.issues, locale);
}

describe('toFieldErrors', () => {
  it('names each missing field and says it is required', () => {
    expect(errorsFor(signInRequestSchema, {})).toEqual([
      { field: 'username', code: 'required', message: 'Please fill in this field.' },
      { field: 'password', code: 'required', message: 'Please fill in this field.' },
    ]);
  });

  it('treats a blank string as missing', () => {
    expect(errorsFor(signInRequestSchema, { username: '   ', password: 'x' })).toEqual([
      { field: 'username', code: 'required', message: 'Please fill in this field.' },
    ]);
  });

  it('gives the limit in the user language', () => {
    const [error] = errorsFor(signInRequestSchema, { username: 'a', password: 'x'.repeat(129) }, 'vi');
    expect(error).toEqual({ field: 'password', code: 'too_long', message: 'Không được quá 128 ký tự.' });
  });

  it('names nested fields by their dotted path and lists unknown fields of strict objects', () => {
    const schema = z.strictObject({ person: z.strictObject({ birthYear: z.number().int().min(1900) }) });
    const fields = errorsFor(schema, { person: { birthYear: 1800, nick: 'x' } }).map((e) => [
      e.field,
      e.code,
    ]);
    expect(fields).toHaveLength(2);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['person.nick', 'unrecognized'],
        ['person.birthYear', 'too_small'],
      ]),
    );
  });

  it('reports a body that is not an object as a problem with the body', () => {
    expect(errorsFor(signInRequestSchema, 'hello').map((e) => [e.field, e.code])).toEqual([
      ['body', 'invalid_type'],
    ]);
  });
});
