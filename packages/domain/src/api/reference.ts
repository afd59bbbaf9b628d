import { z } from 'zod';
import { supportedLocales } from '../i18n/locales';
import { eras } from '../reference/admin-units';
import { crosswalkNoteKinds } from '../reference/crosswalk-notes';
import { unitTypes } from '../reference/unit-types';
import { labelsSchema, vocabularyNamespaces } from '../vocabularies/types';

// Requests and responses of the reference-data API (/api/reference/…). Every name a person reads comes
// with a `label` in the caller's language (Accept-Language); Vietnamese is the default.

/** A calendar day in Viet Nam; a bad one (2025-02-30, 01/07/2025) is a validation error naming the field. */
const calendarDay = z.iso.date();

const atParameter = calendarDay.optional().meta({
  description:
    'The day whose administrative units are wanted (YYYY-MM-DD, a Vietnamese calendar day). Before 2025-07-01 the 63 provinces with districts, from then on the 34 provinces. Today in Asia/Ho_Chi_Minh when omitted.',
  example: '2022-05-01',
});

/** A statistics-office code: 2 digits for a province, 3 for a district, 5 for a commune. */
export const unitCodeSchema = z
  .string()
  .regex(/^\d{2}(\d|\d{3})?$/)
  .meta({ description: 'Statistics-office code: 2 digits (province), 3 (district), 5 (commune)' });

export const eraSchema = z.enum(eras);
export const unitTypeSchema = z.enum(unitTypes);
export const unitLevelSchema = z.enum(['province', 'district', 'commune']);

export const provincesQuerySchema = z.object({ at: atParameter });
export type ProvincesQuery = z.infer<typeof provincesQuerySchema>;

export const unitsQuerySchema = z.object({
  parent: unitCodeSchema.meta({
    description: 'A province or (before 2025) a district of the set in force on `at`',
    example: '42',
  }),
  at: atParameter,
  level: z.enum(['district', 'commune']).optional().meta({
    description:
      'Which level to list under the parent. By default the units directly under it: the communes of a 2025 province, the districts of an older province, the communes of a district. `commune` under an older province lists all its communes.',
  }),
});
export type UnitsQuery = z.infer<typeof unitsQuerySchema>;

export const unitSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).meta({
    description: 'Words of the name, with or without diacritics or the type word',
    example: 'ha tinh',
  }),
  at: atParameter,
  province: unitCodeSchema
    .optional()
    .meta({ description: 'Only this province (a code of the searched set)' }),
  level: unitLevelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type UnitSearchQuery = z.infer<typeof unitSearchQuerySchema>;

export const unitParamsSchema = z.object({
  era: eraSchema.meta({ param: { name: 'era', in: 'path' }, example: 'pre-2025' }),
  code: unitCodeSchema.meta({ param: { name: 'code', in: 'path' }, example: '30' }),
});
export type UnitParams = z.infer<typeof unitParamsSchema>;

export const unitSummarySchema = z.object({
  era: eraSchema,
  code: z.string(),
  level: unitLevelSchema,
  type: unitTypeSchema,
  /** The type in the caller's language ("Tỉnh", "Province", "مقاطعة"). */
  typeLabel: z.string(),
  /** Vietnamese name with diacritics, without the type ("Hà Tĩnh"). */
  name: z.string(),
  /** "Tỉnh Hà Tĩnh". */
  fullName: z.string(),
  nameEn: z.string(),
  fullNameEn: z.string(),
  /**
   * The name to show: the English full name in English, otherwise the Vietnamese full name with
   * diacritics (Arabic readers too, see docs/DATA-DICTIONARY.md).
   */
  label: z.string(),
  /** Other spellings that search also finds. */
  aliases: z.array(z.string()),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

export const provincesResponseSchema = z.object({
  at: z.string(),
  era: eraSchema,
  units: z.array(unitSummarySchema),
});
export type ProvincesResponse = z.infer<typeof provincesResponseSchema>;

export const unitsResponseSchema = provincesResponseSchema.extend({ parent: unitSummarySchema });
export type UnitsResponse = z.infer<typeof unitsResponseSchema>;

export const unitSearchHitSchema = unitSummarySchema.extend({
  /** The units above, nearest first (district, then province), to tell apart units of the same name. */
  within: z.array(unitSummarySchema),
});
export type UnitSearchHit = z.infer<typeof unitSearchHitSchema>;

export const unitSearchResponseSchema = z.object({
  at: z.string(),
  era: eraSchema,
  q: z.string(),
  units: z.array(unitSearchHitSchema),
});
export type UnitSearchResponse = z.infer<typeof unitSearchResponseSchema>;

/** One link between the units before and after 1 July 2025. */
export const unitLinkSchema = z.object({
  unit: unitSummarySchema,
  /** The meaning of the official note; for province links, `whole` or `unchanged` from the province table. */
  kind: z.enum(crosswalkNoteKinds),
  kindLabel: z.string(),
  /** The conversion table's own words; null for province links, which the table does not annotate. */
  note: z.string().nullable(),
  /** Set when the old side is an uncoded area inside a district rather than the district itself. */
  area: z.string().nullable(),
  basis: z.enum(['commune-table', 'province-table']),
});
export type UnitLink = z.infer<typeof unitLinkSchema>;

export const unitDetailSchema = unitSummarySchema.extend({
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  typeChange: z
    .object({
      previousType: unitTypeSchema,
      previousTypeLabel: z.string(),
      previousTypeKnownUntil: z.string(),
      typeKnownFrom: z.string(),
      basis: z.string().nullable(),
    })
    .nullable(),
  within: z.array(unitSummarySchema),
  /** Today's province(s): one, unless an old unit was split between provinces (none is in the 2025 data). */
  currentProvinces: z.array(unitSummarySchema),
  /** For a pre-2025 unit: what it became. */
  successors: z.array(unitLinkSchema),
  /** For a 2025 unit: what it was made of. */
  predecessors: z.array(unitLinkSchema),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const vocabularyParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/)
    .meta({ param: { name: 'id', in: 'path' }, example: 'exploitation-type' }),
});

export const vocabularySummarySchema = z.object({
  id: z.string(),
  source: z.enum(['htcds', 'vn']),
  label: z.string(),
  labels: labelsSchema,
  htcdsFields: z.array(z.string()),
  multiple: z.boolean(),
  /** The codes offered for new entries: built-in ones and active local values. */
  codeCount: z.number().int(),
  /** Viet Nam extensions among them (namespace `vn`). */
  extensionCount: z.number().int(),
  /** Active values added by administrators among them (namespace `local`). */
  localCount: z.number().int(),
});
export type VocabularySummary = z.infer<typeof vocabularySummarySchema>;

export const vocabulariesResponseSchema = z.object({ vocabularies: z.array(vocabularySummarySchema) });
export type VocabulariesResponse = z.infer<typeof vocabulariesResponseSchema>;

export const vocabularyCodeViewSchema = z.object({
  code: z.string(),
  namespace: z.enum(vocabularyNamespaces),
  label: z.string(),
  labels: labelsSchema,
  /** In the caller's language, else English, else Vietnamese; null when the code has none. */
  description: z.string().nullable(),
  /** The language `description` is written in, which is not always the caller's. */
  descriptionLanguage: z.enum(supportedLocales).nullable(),
  /** The HTCDS value an export writes for this code; null when the field is left empty. */
  exportedAs: z.string().nullable(),
  ctdc: z.string().nullable(),
});
export type VocabularyCodeView = z.infer<typeof vocabularyCodeViewSchema>;

export const vocabularyResponseSchema = vocabularySummarySchema.extend({
  /** What a new entry may use: the built-in codes, then the active local values. */
  codes: z.array(vocabularyCodeViewSchema),
  /**
   * Local values that are no longer offered (retired by an administrator, or overtaken by a built-in code
   * of a later release) but that records may still hold: look a stored code up here when it is not in
   * `codes`, never offer these.
   */
  retiredCodes: z.array(vocabularyCodeViewSchema),
});
export type VocabularyResponse = z.infer<typeof vocabularyResponseSchema>;

// Administration of local values (/api/admin/vocabularies/{id}/local-values, permission
// admin.vocabularies.manage). HTCDS and Viet Nam codes are built in and cannot be changed through it.

/** "local." followed by a letter, then letters, digits, "_" or "-" (see validateLocalValues). */
export const localValueCodeSchema = z
  .string()
  .trim()
  .max(64)
  .regex(/^local\.[A-Za-z][A-Za-z0-9_-]*$/)
  .meta({ description: 'The code records will hold; it never changes', example: 'local.Shopee' });

const localLabel = z.string().trim().min(1).max(200);
const localDescription = z.string().trim().max(1000);

/** A name in each of the three languages; none may repeat a name the list already has. */
export const localValueLabelsSchema = z.object({ vi: localLabel, en: localLabel, ar: localLabel });

/** Optional explanations; an empty one is the same as none. */
export const localValueDescriptionSchema = z.object({
  vi: localDescription.optional(),
  en: localDescription.optional(),
  ar: localDescription.optional(),
});

const htcdsExportInput = z.string().trim().max(64).nullable().meta({
  description:
    'For a list of the HTCDS standard: the HTCDS code to export this value as. Null or absent: "Other", where the list has it.',
  example: 'Other',
});

export const createLocalValueSchema = z.object({
  code: localValueCodeSchema,
  labels: localValueLabelsSchema,
  description: localValueDescriptionSchema.optional(),
  htcdsExport: htcdsExportInput.optional(),
});
export type CreateLocalValueInput = z.infer<typeof createLocalValueSchema>;

export const updateLocalValueSchema = z
  .object({
    labels: localValueLabelsSchema.optional(),
    description: localValueDescriptionSchema.nullable().optional(),
    htcdsExport: htcdsExportInput.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'nothing to change',
  });
export type UpdateLocalValueInput = z.infer<typeof updateLocalValueSchema>;

export const localValueParamsSchema = vocabularyParamsSchema.extend({
  code: z
    .string()
    .min(1)
    .max(100)
    .meta({ param: { name: 'code', in: 'path' }, example: 'local.Shopee' }),
});

export const localValueSchema = z.object({
  id: z.string(),
  vocabularyId: z.string(),
  code: z.string(),
  /** In the caller's language. */
  label: z.string(),
  labels: labelsSchema,
  description: localValueDescriptionSchema.nullable(),
  /** As entered: null means "Other" where the list has it. */
  htcdsExport: z.string().nullable(),
  /** What an HTCDS export writes for this value; null when the field is left empty. */
  exportedAs: z.string().nullable(),
  /** False once retired: no longer offered for new entries, still readable in records. */
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LocalValueView = z.infer<typeof localValueSchema>;

export const localValuesResponseSchema = z.object({
  vocabularyId: z.string(),
  values: z.array(localValueSchema),
});
export type LocalValuesResponse = z.infer<typeof localValuesResponseSchema>;

export const countriesResponseSchema = z.object({
  countries: z.array(z.object({ code: z.string(), alpha2: z.string(), name: z.string() })),
});
export type CountriesResponse = z.infer<typeof countriesResponseSchema>;

export const languagesResponseSchema = z.object({
  languages: z.array(
    z.object({
      code: z.string(),
      iso6391: z.string().nullable(),
      iso6392B: z.string().nullable(),
      name: z.string(),
    }),
  ),
});
export type LanguagesResponse = z.infer<typeof languagesResponseSchema>;
