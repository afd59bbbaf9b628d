/** `{ content: { 'application/json': { schema } } }`, the body shape of OpenAPI requests and responses. */
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
