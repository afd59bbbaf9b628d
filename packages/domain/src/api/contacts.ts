import { z } from 'zod';
import { contactCallers, contactChannels, contactOutcomes } from '../contacts/vocabulary';
import { pagedListSchema } from './lists';

/**
 * Contacts of a one-stop support office (issue #18): a walk-in, hotline call, message or referral, recorded
 * without identity. A person who is identified is identified only through a screening or a case registration,
 * which the contact links to; the contact row itself never holds a name, phone number or document.
 */

export const recordContactSchema = z.object({
  contactedAt: z.iso.datetime({ offset: true }),
  channel: z.enum(contactChannels),
  caller: z.enum(contactCallers),
  /** True when the person gave no identity; identity is only ever taken through a screening or case. */
  anonymous: z.boolean(),
  /** Screening need ids (the screening's needs vocabulary). */
  concerns: z.array(z.string().min(1).max(64)).max(20).default([]),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullish(),
  outcome: z.enum(contactOutcomes),
  /** A referral to an agency in Lantern… */
  referredAgencyId: z.uuid().nullish(),
  /** …or to one outside it (its name; never a person's). */
  referredAgencyName: z.string().trim().min(1).max(200).nullish(),
  /** Sealed free text: what the caller asked, what was said. */
  note: z.string().trim().min(1).max(4000).nullish(),
});
export type RecordContactInput = z.infer<typeof recordContactSchema>;

/** A referral made after the contact was recorded: exactly one of the two (checked by the server). */
export const referContactSchema = z.object({
  referredAgencyId: z.uuid().nullish(),
  referredAgencyName: z.string().trim().min(1).max(200).nullish(),
});
export type ReferContactInput = z.infer<typeof referContactSchema>;

export const contactViewSchema = z.object({
  id: z.string(),
  contactedAt: z.string(),
  channel: z.string(),
  caller: z.string(),
  anonymous: z.boolean(),
  concerns: z.array(z.string()),
  provinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  outcome: z.string(),
  screeningId: z.string().nullable(),
  caseId: z.string().nullable(),
  referredAgency: z.object({ id: z.string(), name: z.string() }).nullable(),
  referredAgencyName: z.string().nullable(),
  hasNote: z.boolean(),
  recordedBy: z.object({ id: z.string(), displayName: z.string() }),
  recordedAt: z.string(),
});
export type ContactView = z.infer<typeof contactViewSchema>;

/** One contact with its note opened (the read is audited). */
export const contactDetailSchema = contactViewSchema.extend({ note: z.string().nullable() });
export type ContactDetail = z.infer<typeof contactDetailSchema>;

export const contactListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export const contactListSchema = pagedListSchema(contactViewSchema);

/** Counting covers at most this many months, so a count reads a bounded stretch of the office's index. */
export const CONTACT_COUNT_MAX_MONTHS = 24;

export const contactCountsQuerySchema = z.object({
  /** First and last month counted (yyyy-MM, Viet Nam time); by default the last 12 months. */
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  /** For programme monitoring (stats.read_aggregate): one office; absent, every office the caller may count. */
  agencyId: z.uuid().optional(),
});

const tally = z.object({ code: z.string(), count: z.number().int().min(0) });

export const contactCountsSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The office counted, or null for every one-stop office together. */
  agencyId: z.string().nullable(),
  total: z.number().int().min(0),
  byChannel: z.array(tally),
  byOutcome: z.array(tally),
  /** Every month of the range (yyyy-MM), oldest first, with zero for a month without contacts. */
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int().min(0) })),
});
export type ContactCounts = z.infer<typeof contactCountsSchema>;
