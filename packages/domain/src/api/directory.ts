import { z } from 'zod';

/**
 * The service directory: what each agency offers, where, for whom, and how much room it has now. It holds no
 * person's data, so every signed-in worker may read it; an agency edits only its own entries.
 */

const code = z.string().min(1).max(80);
const provinceCode = z.string().regex(/^\d{2}$/);
const languageCode = z
  .string()
  .regex(/^[a-z]{3}$/)
  .describe('ISO 639-3 language code, e.g. "vie", "khm", "eng"');
const age = z.number().int().min(0).max(120);
const count = z.number().int().min(0).max(100_000);
const text = (max: number) => z.string().trim().min(1).max(max);

export const serviceCodeParamSchema = z.object({
  serviceCode: code.describe('A code of the vocabulary "vn-referral-service", e.g. "vn.Shelter"'),
});

/** What an agency publishes about one service. Empty lists mean "no restriction" (provinces: its own province). */
export const publishServiceSchema = z.object({
  provinceCodes: z
    .array(provinceCode)
    .max(34)
    .default([])
    .describe('2025 provinces served; empty: the agency’s own province'),
  sexes: z.array(code).max(6).default([]).describe('Codes of the vocabulary "gender" served; empty: anyone'),
  minAge: age.nullable().optional(),
  maxAge: age.nullable().optional(),
  acceptsForeigners: z.boolean().default(true),
  capacityTotal: count.nullable().optional().describe('Places in all (beds, sessions per week…)'),
  capacityFree: count.nullable().optional().describe('Places free now; empty when not counted'),
  hours: text(200).nullable().optional(),
  languages: z.array(languageCode).max(20).default([]).describe('Languages staff speak besides Vietnamese'),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[0-9+() .-]{3,30}$/)
    .nullable()
    .optional(),
  contactEmail: z.email().max(200).nullable().optional(),
});
export type PublishServiceInput = z.infer<typeof publishServiceSchema>;

export const directoryAgencySchema = z.object({
  id: z.string(),
  name: z.string(),
  typeCode: z.string(),
  provinceCode: z.string(),
});
export type DirectoryAgency = z.infer<typeof directoryAgencySchema>;

export const serviceEntrySchema = z.object({
  serviceCode: z.string(),
  /** Provinces served as published; `servesOwnProvince` when the list is empty. */
  provinceCodes: z.array(z.string()),
  servesOwnProvince: z.boolean(),
  sexes: z.array(z.string()),
  minAge: z.number().nullable(),
  maxAge: z.number().nullable(),
  acceptsForeigners: z.boolean(),
  capacityTotal: z.number().nullable(),
  capacityFree: z.number().nullable(),
  hours: z.string().nullable(),
  languages: z.array(z.string()),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  updatedAt: z.string(),
});
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

export const agencyServicesSchema = z.object({
  agency: directoryAgencySchema,
  services: z.array(serviceEntrySchema),
});
export type AgencyServices = z.infer<typeof agencyServicesSchema>;

/** Why an entry does not fit the person searched for; shown so users see near misses. */
export const serviceMisfits = [
  'outside_area',
  'age',
  'sex',
  'nationality',
  'no_capacity',
  'language',
] as const;
export type ServiceMisfit = (typeof serviceMisfits)[number];

export const serviceSearchQuerySchema = z.object({
  service: code.optional().describe('A code of the vocabulary "vn-referral-service"'),
  province: provinceCode.optional().describe('Where the person is (2025 province code)'),
  age: z.coerce.number().int().min(0).max(120).optional(),
  sex: code.optional().describe('A code of the vocabulary "gender"'),
  foreign: z
    .enum(['true', 'false'])
    .optional()
    .describe('"true" when the person is not a Vietnamese citizen'),
  language: languageCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ServiceSearchQuery = z.infer<typeof serviceSearchQuerySchema>;

export const serviceMatchSchema = z.object({
  agency: directoryAgencySchema,
  service: serviceEntrySchema,
  /** Empty when the entry fits every need given; otherwise why not, so near misses can still be weighed. */
  misfits: z.array(z.enum(serviceMisfits)),
});
export type ServiceMatch = z.infer<typeof serviceMatchSchema>;

export const serviceSearchSchema = z.object({
  matches: z.array(serviceMatchSchema),
  hasMore: z.boolean(),
});
export type ServiceSearch = z.infer<typeof serviceSearchSchema>;
