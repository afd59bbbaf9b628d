import { useState } from 'react';
import { ApiError } from '../../lib/api';

/**
 * One field's error, from the form's own checks first, then the server's field errors, then a server
 * error code that belongs to one field (`codeFields`: code → field, e.g. a taken username).
 */
export function useFieldErrors(error: unknown, codeFields: Readonly<Record<string, string>> = {}) {
  const [localErrors, setLocalErrors] = useState<Record<string, string | undefined>>({});
  const serverError = error instanceof ApiError ? error : undefined;
  const errorOf = (field: string): string | undefined =>
    localErrors[field] ??
    serverError?.fieldError(field) ??
    (serverError && codeFields[serverError.code] === field ? serverError.message : undefined);
  /** Shows the form's own findings; true when there are none and the form may be sent. */
  const accept = (errors: Record<string, string | undefined>) => {
    setLocalErrors(errors);
    return !Object.values(errors).some(Boolean);
  };
  return { errorOf, accept, serverError, shownElsewhere: Object.keys(codeFields) };
}
