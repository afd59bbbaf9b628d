export * from './admin-units';
export * from './countries';
export * from './crosswalk';
export * from './crosswalk-notes';
export { type DateInput, REFORM_DATE, todayInVietNam, toVietNamDate } from './dates';
export * from './languages';
export * from './search';
export * from './unit-types';
