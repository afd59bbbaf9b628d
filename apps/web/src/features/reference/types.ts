// The reference API's response types, shared with the server through the domain package. Until
// packages/domain/src/index.ts re-exports api/reference.ts they are reached by path; types only, so
// nothing of the domain package's data reaches the bundle from here.
export type {
  CreateLocalValueInput,
  LocalValuesResponse,
  LocalValueView,
  ProvincesResponse,
  UnitDetail,
  UnitLink,
  UnitSummary,
  UnitsResponse,
  UpdateLocalValueInput,
  VocabulariesResponse,
  VocabularyCodeView,
  VocabularyResponse,
  VocabularySummary,
} from '../../../../../packages/domain/src/api/reference';
