export * from './local-values';
export * from './registry';
export {
  codeName,
  type Labels,
  labelsSchema,
  type Vocabulary,
  type VocabularyCode,
  type VocabularyNamespace,
  vocabularyCodeSchema,
  vocabularyNamespaces,
  vocabularySchema,
} from './types';
export { type Entitlement, entitlements, regimesFor } from './vn-law';
export {
  incomeBandFor,
  incomeBands,
  type PlanItemStatus,
  planItemStatuses,
  type ReintegrationDomain,
  reintegrationDomains,
  reintegrationSupportDomain,
} from './vn-reintegration';
