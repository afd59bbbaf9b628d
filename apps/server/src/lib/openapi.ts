import { errorResponseSchema } from '@lantern/domain';

/** `{ content: { 'application/json': { schema } } }`, the body shape of OpenAPI requests and responses. */
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/** A required JSON request body. */
export const jsonBody = <T>(schema: T) => ({ required: true as const, ...json(schema) });

/** An answer with a JSON body, described for the route. */
export const answer = <T>(description: string, schema: T) => ({ description, ...json(schema) });

/** An answer in the one error shape, described for the route. */
export const errorAnswer = (description: string) => answer(description, errorResponseSchema);

/** The error answers of a route over records scoped to the caller: another agency's record is not found. */
export const scopedErrors = {
  400: errorAnswer('Invalid input, with field-level details'),
  401: errorAnswer('Not signed in'),
  403: errorAnswer('Not permitted'),
  404: errorAnswer('Not found (or outside your scope)'),
};
