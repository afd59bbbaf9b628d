import { useCallback, useState } from 'react';
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
  /**
   * Shows the form's own findings; true when there are none and the form may be sent. The same function
   * on every render, so an effect may clear the findings (a language switch) without running again.
   */
  const accept = useCallback((errors: Record<string, string | undefined>) => {
    setLocalErrors(errors);
    return !Object.values(errors).some(Boolean);
  }, []);
  /**
   * A text field's (or a native select's) name, value, change and error together: the field is named as the
   * server names it in its field errors, so the error shown is always the one for this field.
   */
  const textField = (name: string, value: string, set: (value: string) => void) => ({
    name,
    value,
    onChange: (event: { currentTarget: { value: string } }) => set(event.currentTarget.value),
    error: errorOf(name),
  });
  return { errorOf, accept, textField, serverError, shownElsewhere: Object.keys(codeFields) };
}
