import type { CaseDetails, ConsentInput, PersonProfile } from '../api/cases';
import type { CaseState, ClosureReason } from '../cases/lifecycle';
import type { SyntheticPerson } from '../matching/synthetic-people';
import type { ReferralSection, ReferralStatus, ReferralUrgency } from '../referrals/lifecycle';
import type { SyntheticMembership } from './community';
import type { SyntheticContact } from './contacts';
import type { SyntheticSupport } from './support';

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
  /** The case's referrals to other agencies' inboxes (0–2), each within the person's sharing consent or overridden. */
  referrals: SyntheticReferral[];
  /** An identified victim's support plan, deliveries and approvals, once support started. */
  support?: SyntheticSupport;
  /** A survivor's membership of the self-help group (or support model) of their home commune. */
  membership?: SyntheticMembership;
  /** One-stop office contacts around the registration (its own intake and other people's). */
  contacts: SyntheticContact[];
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

/**
 * One referral of the case from the registering agency to another agency's inbox, played out until `asOf` (or
 * the case's closure) as the API and the escalation run would have moved it. The loader picks the recipient
 * agency by type and province, the staff who sent and answered it, and seals the message.
 */
export interface SyntheticReferral {
  toAgencyType: string;
  /** The agency's own province, or the person's home province when they go home. */
  toProvinceCode: string;
  services: string[];
  urgency: ReferralUrgency;
  reason: string;
  sections: ReferralSection[];
  message?: string;
  /** Sent although no sharing consent covers the recipient: the sender's reason (sealed by the loader). */
  overrideReason?: string;
  status: ReferralStatus;
  sentAt: string;
  respondBy: string;
  completeBy: string;
  answeredAt?: string;
  declineReason?: string;
  outcome?: string;
  closedAt?: string;
  escalationLevel: number;
  escalatedAt?: string;
  /** The lines the case's timeline holds for it, in order, and which side (or the escalation run) wrote each. */
  steps: SyntheticReferralStep[];
}

export interface SyntheticReferralStep {
  at: string;
  /** As the server writes them: referral.sent, referral.accept … referral.escalated, referral.expired. */
  kind: string;
  by: 'sender' | 'recipient' | 'system';
  details: Record<string, string>;
}
