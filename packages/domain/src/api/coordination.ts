import { z } from 'zod';

/**
 * Agency types that do no case work when seeded: frontline posts and bodies that register what they meet and
 * hand it to an agency that carries cases. Administrators change it per type (`carriesCases`).
 */
export const agencyTypesNotCarryingCases: readonly string[] = [
  'commune_peoples_committee',
  'commune_police',
  'provincial_police_anti_trafficking',
  'border_guard_post',
  'health_facility',
  'social_policy_bank',
  'ministry',
];

/**
 * The agency holding a record a search found, as far as it lets itself be named: its name and the public contact
 * it publishes in the service directory. Null when it chose not to be named (its province is all that shows).
 */
export const recordHolderSchema = z.object({
  name: z.string(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
});
export type RecordHolder = z.infer<typeof recordHolderSchema>;

/** "Request to coordinate" with the agency holding a record found by a search. */
export const coordinationRequestSchema = z.object({
  /** The opaque reference the search returned for the record (bound to the searcher's agency). */
  reference: z.string().min(10).max(400),
  /** How the holding agency can reach the searcher: a phone number, an address, a radio channel. */
  contact: z.string().trim().min(3).max(200),
  /** Why and when; not the person's details (the holding agency already has them). */
  message: z.string().trim().max(500).optional(),
});
export type CoordinationRequest = z.infer<typeof coordinationRequestSchema>;

/** The answer is the same whatever the reference leads to: nothing new about the record is revealed. */
export const coordinationAcceptedSchema = z.object({ status: z.literal('sent') });

/** An agency a non-case-carrying agency may hand a new case to. */
export const handOverAgencySchema = z.object({
  id: z.string(),
  name: z.string(),
  typeCode: z.string(),
  provinceCode: z.string(),
});
export const handOverOptionsSchema = z.object({
  /** Whether the caller's agency does case work; when it does not, registration hands the case over. */
  carriesCases: z.boolean(),
  provinceCode: z.string(),
  /** Agencies that carry cases, the caller's province first. */
  agencies: z.array(handOverAgencySchema),
});
export type HandOverOptions = z.infer<typeof handOverOptionsSchema>;

/** At registration: the agency that is to carry the case, sent a transfer referral in the same transaction. */
export const handOverAtRegistrationSchema = z.object({ agencyId: z.uuid() });

/** An administrator's change to an agency type's settings. */
export const updateAgencyTypeSchema = z.object({ carriesCases: z.boolean() });
export const agencyTypeCodeParamSchema = z.object({ code: z.string().min(1).max(64) });
