import { z } from 'zod';
import { caseActions, caseStates, closureReasons } from '../cases/lifecycle';
import { referralSections } from '../referrals/lifecycle';
import { handOverAtRegistrationSchema, recordHolderSchema } from './coordination';
import { pagedListSchema } from './lists';

const isoDate = z.iso.date();
const code = z.string().min(1).max(80);
/** A code of a reference vocabulary, documented as such so integrators can look the codes up. */
const vocabularyCode = (vocabulary: string) =>
  code.describe(
    `A code of the vocabulary "${vocabulary}": GET /api/reference/vocabularies/${vocabulary} lists them (local values included)`,
  );
const provinceCode = z.string().regex(/^\d{2}$/);
const communeCode = z.string().regex(/^\d{5}$/);

/** What identifies a person. Sealed as one document before it reaches the database; never logged. */
export const personIdentitySchema = z.object({
  fullName: z.string().trim().min(1).max(200),
  otherNames: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
  dateOfBirth: isoDate.optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  approximateAge: z.object({ years: z.number().int().min(0).max(120), on: isoDate }).optional(),
  documents: z
    .array(
      z.object({
        type: z.enum(['national_id', 'passport', 'other']),
        number: z.string().trim().min(3).max(40),
      }),
    )
    .max(10)
    .default([]),
  phones: z.array(z.string().trim().min(6).max(30)).max(5).default([]),
  addresses: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(300),
        provinceCode: provinceCode.optional(),
        communeCode: communeCode.optional(),
      }),
    )
    .max(5)
    .default([]),
});
export type PersonIdentity = z.infer<typeof personIdentitySchema>;

/** The non-identifying profile, in the clear for lists and statistics. */
export const personProfileSchema = z.object({
  sex: vocabularyCode('gender').optional(),
  ethnicity: vocabularyCode('ethnicity').optional(),
  nationality: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{3}$/))
    .max(10)
    .default([]),
  educationLevel: vocabularyCode('education-level').optional(),
  maritalStatus: vocabularyCode('marital-status').optional(),
  childrenCount: z.number().int().min(0).max(30).optional(),
  homeProvinceCode: provinceCode.optional(),
  homeCommuneCode: communeCode.optional(),
});
export type PersonProfile = z.infer<typeof personProfileSchema>;

const journeyStop = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  provinceCode: provinceCode.optional(),
  communeCode: communeCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const caseDetailsSchema = z.object({
  receivedOn: isoDate,
  intakeRoute: vocabularyCode('vn-intake-route'),
  subjectCategory: vocabularyCode('vn-subject-category').optional(),
  exploitationTypes: z.array(vocabularyCode('exploitation-type')).max(20).default([]),
  controlMethods: z.array(vocabularyCode('control-method')).max(30).default([]),
  recruitmentMethods: z.array(vocabularyCode('recruitment-method')).max(20).default([]),
  recruitmentPlatforms: z.array(vocabularyCode('online-platform')).max(20).default([]),
  relationshipToRecruiter: vocabularyCode('relationship-to-trafficker').optional(),
  journey: z
    .object({
      recruitment: journeyStop.optional(),
      transit: z.array(journeyStop).max(10).optional(),
      exploitation: z.array(journeyStop).max(10).optional(),
      returnedOn: isoDate.optional(),
      returnRoute: code.optional(),
    })
    .default({}),
});
export type CaseDetails = z.infer<typeof caseDetailsSchema>;

export const consentPurposes = ['services', 'sharing', 'contact', 'statistics'] as const;

export const consentInputSchema = z.object({
  purpose: z.enum(consentPurposes),
  sharingAgencyIds: z.array(z.uuid()).max(50).default([]),
  sharingAgencyTypes: z.array(code).max(30).default([]),
  method: z.enum(['signed_form', 'verbal_witnessed']),
  /** Required for verbal consent: who witnessed it. */
  witness: z.string().trim().min(1).max(200).optional(),
  formAttachmentId: z.uuid().optional(),
  language: z.string().regex(/^[a-z]{3}$/),
  obtainedOn: isoDate,
  givenBy: z.enum(['person', 'guardian']),
  /** For a child: whether the child agreed too (recorded beside the guardian's consent). */
  childAssent: z.boolean().optional(),
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const registerCaseSchema = z.object({
  person: z.object({
    identity: personIdentitySchema,
    profile: personProfileSchema.default({ languages: [] }),
  }),
  case: caseDetailsSchema,
  screeningId: z.uuid().optional(),
  /** At least consent to receive services is needed to register. */
  consents: z.array(consentInputSchema).min(1).max(8),
  /** Case codes of probable duplicates the user saw and decided were other people. */
  registerDespite: z.array(z.string().max(40)).max(20).default([]),
  /** For an agency that does no case work: who is to carry the case (coordination.ts). */
  handOverTo: handOverAtRegistrationSchema.optional(),
});
export type RegisterCaseInput = z.infer<typeof registerCaseSchema>;

export const matchRequestSchema = z.object({
  fullName: z.string().trim().min(2).max(200),
  otherNames: z.array(z.string().trim().min(1).max(200)).max(10).optional(),
  dateOfBirth: isoDate.optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  approximateAge: z.object({ years: z.number().int().min(0).max(120), on: isoDate }).optional(),
  sex: vocabularyCode('gender').optional(),
  homeProvinceCode: provinceCode.optional(),
  homeCommuneCode: communeCode.optional(),
  phones: z.array(z.string().max(30)).max(5).optional(),
  documentNumbers: z.array(z.string().max(40)).max(10).optional(),
});
export type MatchRequest = z.infer<typeof matchRequestSchema>;

export const matchCandidateSchema = z.object({
  score: z.number(),
  band: z.enum(['probable', 'possible']),
  reasons: z.array(z.object({ code: z.string(), weight: z.number() })),
  /**
   * For a "possible" match: the evidence whose agreement alone would make it "probable", most decisive first
   * (`phone`, `nationalId`, `dateOfBirth`, `homeCommune`) — what to ask the person to settle it. Empty otherwise.
   */
  settleWith: z.array(z.enum(['phone', 'nationalId', 'dateOfBirth', 'homeCommune'])),
  caseCode: z.string().nullable(),
  /** The province of the owning agency: all a caller learns about a record outside their scope. */
  ownerProvinceCode: z.string().nullable(),
  inScope: z.boolean(),
  /** For records the caller may open, and for break-the-glass holders (to open one with a reason). */
  caseId: z.string().nullable(),
  fullName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  /** A record another agency holds: that agency, when it lets itself be named (coordination.ts). */
  holder: recordHolderSchema.nullable().optional(),
  /** A record another agency holds: what to send with a request to coordinate. */
  coordinationRef: z.string().nullable().optional(),
});
export type MatchCandidate = z.infer<typeof matchCandidateSchema>;
export const matchResponseSchema = z.object({ candidates: z.array(matchCandidateSchema) });

export const caseListQuerySchema = z.object({
  state: z.enum(caseStates).optional(),
  province: provinceCode.optional(),
  exploitationType: code.optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

const identityView = z
  .object({
    fullName: z.string(),
    otherNames: z.array(z.string()),
    dateOfBirth: z.string().nullable(),
    birthYear: z.number().nullable(),
    documents: z.array(z.object({ type: z.string(), number: z.string() })),
    phones: z.array(z.string()),
    addresses: z.array(
      z.object({ text: z.string(), provinceCode: z.string().optional(), communeCode: z.string().optional() }),
    ),
  })
  .nullable()
  .describe('Null unless the caller may see identifying data for this case (every view is audited)');

export const caseSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  state: z.enum(caseStates),
  receivedOn: z.string(),
  verificationDueOn: z.string(),
  overdue: z.boolean(),
  provinceCode: z.string(),
  ownAgency: z.boolean(),
  traffickingStatus: z.string(),
  exploitationTypes: z.array(z.string()),
  person: z.object({
    sex: z.string().nullable(),
    ageBand: z.string().nullable(),
    homeProvinceCode: z.string().nullable(),
  }),
  /** Shown in lists only where the caller may see identifying data. */
  displayName: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseListSchema = pagedListSchema(caseSummarySchema);

export const caseDetailSchema = caseSummarySchema.extend({
  access: z.enum(['agency', 'shared', 'referral', 'registrant', 'province', 'break_glass']),
  /** For an agency reached through referrals only: the parts of the case the senders opened. */
  referralSections: z.array(z.enum(referralSections)).nullable(),
  allowedActions: z.array(z.enum(caseActions)),
  closureReason: z.string().nullable(),
  statusDecision: z
    .object({ decidedBy: z.string(), decidedOn: z.string(), legalBasis: z.string() })
    .nullable(),
  subjectCategory: z.string().nullable(),
  intakeRoute: z.string().nullable(),
  controlMethods: z.array(z.string()),
  recruitmentMethods: z.array(z.string()),
  recruitmentPlatforms: z.array(z.string()),
  relationshipToRecruiter: z.string().nullable(),
  journey: z.record(z.string(), z.unknown()),
  screeningIds: z.array(z.string()),
  profile: personProfileSchema.extend({ ageBand: z.string().nullable() }).nullable(),
  identity: identityView,
  /**
   * Other agencies' cases of the same person (a supervisor linked the records): code and province; for one the
   * reader cannot open, the holding agency when it lets itself be named, and the reference for a request to
   * coordinate (POST /api/coordination-requests).
   */
  linkedCases: z.array(
    z.object({
      code: z.string(),
      provinceCode: z.string(),
      caseId: z.string().nullable(),
      holder: recordHolderSchema.nullable(),
      coordinationRef: z.string().nullable(),
    }),
  ),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const transitionSchema = z.object({
  action: z.enum(caseActions),
  decision: z
    .object({ decidedBy: code, decidedOn: isoDate, legalBasis: z.string().trim().min(3).max(500) })
    .optional(),
  closureReason: z.enum(closureReasons).optional(),
  reason: z.string().trim().max(1000).optional(),
});
export type TransitionRequest = z.infer<typeof transitionSchema>;
