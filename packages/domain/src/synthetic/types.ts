import type { CaseDetails, ConsentInput, PersonProfile } from '../api/cases';
import type { CaseState, ClosureReason } from '../cases/lifecycle';
import type { SyntheticPerson } from '../matching/synthetic-people';

/**
 * One synthetic registration, as the generator describes it and `lantern seed` writes it. Nobody here is real.
 * Dates are ISO calendar dates (YYYY-MM-DD) or ISO instants; codes come from the shipped vocabularies.
 */
export interface SyntheticRegistration {
  /** Position in the dataset (0-based); the same seed and position always give the same registration. */
  index: number;
  /** Label for matching quality: two registrations with the same individual are the same person. */
  individual: number;
  /** Set when this registration is a second agency's record of an earlier one (the earlier index). */
  duplicateOf?: number;
  /** Set when this is a different person with the same name and birth year as the earlier index. */
  namesakeOf?: number;
  /** Identity evidence (sealed by the loader) — name as this agency wrote it, dates, phones, documents. */
  person: SyntheticPerson;
  profile: Omit<PersonProfile, 'sex' | 'homeProvinceCode' | 'homeCommuneCode'>;
  /** Which kind of agency registered it, and in which 2025 province (the loader picks the agency). */
  agencyType: string;
  agencyProvinceCode: string;
  case: CaseDetails & {
    state: CaseState;
    /** When the case was closed: the state it was closed from, and why. */
    closedFrom?: CaseState;
    closureReason?: ClosureReason;
    statusDecidedBy?: string;
    statusDecidedOn?: string;
    statusLegalBasis?: string;
  };
  /** The timeline in order: registration first, then each transition with its date. */
  events: SyntheticEvent[];
  /** A screening before registration, when there was one. */
  screening?: SyntheticScreening;
  consents: Array<
    Omit<ConsentInput, 'sharingAgencyIds' | 'formAttachmentId' | 'witness'> & { witness?: string }
  >;
  notes: Array<{
    at: string;
    body: string;
    sensitivity: 'normal' | 'restricted';
    restrictedToRoles: string[];
  }>;
  tasks: Array<{ title: string; dueOn: string; doneOn?: string; createdAt: string }>;
  /** Entered into the system later than it happened (a "late entry"): createdAt is after receivedOn. */
  createdAt: string;
}

export interface SyntheticEvent {
  at: string;
  /** 'registered' or 'transition.<action>' (see cases/lifecycle.ts). */
  kind: string;
  details: Record<string, string | number | boolean | null>;
}

export interface SyntheticScreening {
  screenedAt: string;
  instrumentId: string;
  instrumentVersion: number;
  /** Answers valid for that instrument version (hidden questions left out); the loader scores them. */
  answers: Record<string, string | number | string[]>;
  interviewLanguage: string;
  interpreterUsed: boolean;
  provinceCode: string;
  communeCode?: string;
}

export interface SyntheticDatasetOptions {
  seed: number;
  /** "Today" for the dataset: nothing happens after it. */
  asOf: string;
}
