export {
  COMMUNITY_SITES,
  type CommunitySite,
  communitySiteOf,
  type SyntheticGroup,
  type SyntheticMembership,
  syntheticGroup,
} from './community';
export type { SyntheticContact } from './contacts';
export { ETHNIC_LANGUAGES } from './ethnicity';
export {
  DUPLICATE_SHARE as SYNTHETIC_DUPLICATE_SHARE,
  NAMESAKE_SHARE as SYNTHETIC_NAMESAKE_SHARE,
  syntheticRegistration,
  syntheticRegistrations,
  syntheticTraffickingStatus,
  WINDOW_DAYS as SYNTHETIC_WINDOW_DAYS,
} from './generate';
export {
  agencyTypesIn,
  BORDER_PROVINCES,
  PROVINCE_AGENCY_TYPES,
  REGISTERING_AGENCY_TYPES,
  SYNTHETIC_PROVINCES,
} from './places';
export {
  SYNTHETIC_FOLLOW_UP_MONTHS,
  type SyntheticFollowUp,
  type SyntheticFollowUpVisit,
  type SyntheticPlanItem,
  syntheticFollowUp,
} from './reintegration';
export { SCREENING_INSTRUMENT as SYNTHETIC_SCREENING_INSTRUMENT } from './screening-answers';
export type { SyntheticApproval, SyntheticDelivery, SyntheticSupport } from './support';
export type {
  SyntheticDatasetOptions,
  SyntheticEvent,
  SyntheticReferral,
  SyntheticReferralStep,
  SyntheticRegistration,
  SyntheticScreening,
} from './types';
