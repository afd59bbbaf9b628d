import type { Locale } from '../i18n/locales';
import {
  caseStatus,
  perpetratorRole,
  referralReason,
  supportPlanType,
  traffickingEventType,
} from './htcds-case';
import { exploitationType, forcedLabourIndustry, sexualExploitationType } from './htcds-exploitation';
import { educationLevel, gender, maritalStatus, organisationType } from './htcds-person';
import {
  controlMethod,
  onlinePlatform,
  recruitmentMethod,
  relationshipToTrafficker,
  statusDecidingOrganisation,
  traffickingStatus,
} from './htcds-victim';
import type { Vocabulary, VocabularyCode } from './types';
import { intakeRoute } from './vn-case';
import { ethnicity } from './vn-ethnicity';
import { groupActivity, livelihoodFocus } from './vn-groups';
import { subjectCategory, supportRegime } from './vn-law';
import { referralDeclineReason, referralService, serviceOutcome } from './vn-referral';
import { employmentStatus, incomeBand, loanStatus, reintegrationSupport } from './vn-reintegration';
import { trainingRole, trainingTool } from './vn-training';

/** Every built-in vocabulary, by id. Local values are merged in at run time (see local-values.ts). */
export const vocabularies = {
  gender,
  'marital-status': maritalStatus,
  'education-level': educationLevel,
  'organisation-type': organisationType,
  'trafficking-status': traffickingStatus,
  'status-deciding-organisation': statusDecidingOrganisation,
  'relationship-to-trafficker': relationshipToTrafficker,
  'recruitment-method': recruitmentMethod,
  'online-platform': onlinePlatform,
  'control-method': controlMethod,
  'exploitation-type': exploitationType,
  'sexual-exploitation-type': sexualExploitationType,
  'forced-labour-industry': forcedLabourIndustry,
  'case-status': caseStatus,
  'referral-reason': referralReason,
  'support-plan-type': supportPlanType,
  'perpetrator-role': perpetratorRole,
  'trafficking-event-type': traffickingEventType,
  'vn-support-regime': supportRegime,
  'vn-subject-category': subjectCategory,
  'vn-intake-route': intakeRoute,
  'vn-referral-service': referralService,
  'vn-referral-decline-reason': referralDeclineReason,
  'vn-service-outcome': serviceOutcome,
  'vn-group-activity': groupActivity,
  'vn-livelihood-focus': livelihoodFocus,
  'vn-reintegration-support': reintegrationSupport,
  'vn-employment-status': employmentStatus,
  'vn-income-band': incomeBand,
  'vn-loan-status': loanStatus,
  ethnicity,
  'vn-training-tool': trainingTool,
  'vn-training-role': trainingRole,
} as const satisfies Record<string, Vocabulary>;

export type VocabularyId = keyof typeof vocabularies;
export const vocabularyIds = Object.keys(vocabularies) as VocabularyId[];

export function isVocabularyId(value: unknown): value is VocabularyId {
  return typeof value === 'string' && Object.hasOwn(vocabularies, value);
}

export function findCode(vocabulary: Vocabulary, code: string): VocabularyCode | undefined {
  return vocabulary.codes.find((entry) => entry.code === code);
}

/** A code's label in a vocabulary object (built-in or merged with local values). */
export function labelIn(vocabulary: Vocabulary, code: string, locale: Locale): string | undefined {
  return findCode(vocabulary, code)?.labels[locale];
}

/** A built-in code's label; undefined for a code the vocabulary does not have. */
export function labelOf(vocabularyId: VocabularyId, code: string, locale: Locale): string | undefined {
  return labelIn(vocabularies[vocabularyId], code, locale);
}

export function isKnownCode(vocabularyId: VocabularyId, code: string): boolean {
  return findCode(vocabularies[vocabularyId], code) !== undefined;
}

/**
 * The HTCDS value to export for a code: HTCDS codes as they are; Viet Nam and local codes as their
 * declared HTCDS equivalent, else as "Other" where the list has one. Undefined when the code has no
 * HTCDS form (a Viet Nam-only vocabulary, or a list without "Other"), so the field is left empty.
 */
export function htcdsExportCode(vocabulary: Vocabulary, code: string): string | undefined {
  const entry = findCode(vocabulary, code);
  if (!entry || vocabulary.source !== 'htcds') return undefined;
  if (entry.namespace === 'htcds') return entry.code;
  if (entry.htcdsExport) return entry.htcdsExport;
  return findCode(vocabulary, 'Other')?.namespace === 'htcds' ? 'Other' : undefined;
}
