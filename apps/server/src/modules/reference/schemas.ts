// The request and response schemas of this module are shared with the web app and live in the domain
// package. Until packages/domain/src/index.ts re-exports api/reference.ts, they are reached by path here,
// so switching to `@lantern/domain` is a change to this one line.
export * from '../../../../../packages/domain/src/api/reference';
