import { z } from 'zod';
import {
  indicatorBlockSchema,
  indicatorDefinitionSchema,
  indicatorDimensions,
  indicatorPeriods,
  indicatorUnits,
} from '../indicators/definition';

const localised = z.object({ vi: z.string(), en: z.string(), ar: z.string() });

/** One indicator of the catalogue, as `GET /api/indicators` lists it. */
export const indicatorSummarySchema = z.object({
  code: z.string(),
  name: localised,
  definition: localised,
  unit: z.enum(indicatorUnits),
  block: indicatorBlockSchema,
  dimensions: z.array(z.enum(indicatorDimensions)),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })),
  /** False while the module that records its data is not part of this installation. */
  evaluable: z.boolean(),
  /**
   * True for survivor feedback and complaints: only the national, suppressed scope exists; an own-scope request
   * is refused (400, field `scope`, `national_only`).
   */
  nationalOnly: z.boolean(),
  /** Composed by an administrator of this installation (not one of Lantern's seeded indicators). */
  custom: z.boolean().optional(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;
/** An administrator's own indicator, as `POST /api/indicators` takes it (targets have their own route). */
export const indicatorDefinitionInputSchema = indicatorDefinitionSchema;
export const indicatorCatalogueSchema = z.object({ indicators: z.array(indicatorSummarySchema) });

/** At most this many breakdowns besides the period: the table stays readable and its size bounded. */
export const MAX_INDICATOR_BREAKDOWNS = 2;
/** The longest period one request may cover. */
export const MAX_INDICATOR_YEARS = 10;

export const indicatorScopes = ['own', 'national'] as const;

export const indicatorValuesQuerySchema = z.object({
  period: z.enum(indicatorPeriods).default('quarter'),
  from: z.iso.date(),
  to: z.iso.date(),
  /** Comma-separated breakdowns, e.g. `province,sex`; checked against the indicator's allowed list. */
  by: z.string().max(200).optional(),
  /** `own`: the reader's agency (or province), unsuppressed; `national`: the country, suppressed (k = 11). */
  scope: z.enum(indicatorScopes).optional(),
});
export type IndicatorValuesQuery = z.infer<typeof indicatorValuesQuerySchema>;

export const indicatorCellStatuses = ['shown', 'primary', 'secondary'] as const;

/**
 * One entry of the table. `value` is the indicator's value (count, percentage 0–100, median days or mean); for a
 * ratio `numerator`/`denominator`, for a median or a mean `count` (the persons it is computed from). A suppressed
 * entry (`status` primary or secondary) carries nulls only.
 */
export const indicatorCellSchema = z.object({
  value: z.number().nullable(),
  numerator: z.number().int().nullable().optional(),
  denominator: z.number().int().nullable().optional(),
  count: z.number().int().nullable().optional(),
  status: z.enum(indicatorCellStatuses),
});
export type IndicatorCell = z.infer<typeof indicatorCellSchema>;

export const indicatorTableSchema = z.object({
  indicator: z.string(),
  unit: z.enum(indicatorUnits),
  scope: z.enum(indicatorScopes),
  /** Whether the suppression rule was applied, and with which threshold. */
  suppression: z.object({ applied: z.boolean(), k: z.number().int() }),
  period: z.enum(indicatorPeriods),
  from: z.string(),
  to: z.string(),
  /** The row breakdowns in order: `period` first, then every breakdown asked for but the last. */
  rowDimensions: z.array(z.string()),
  /** The column breakdown (the last one asked for), or null for a single "all" column. */
  columnDimension: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      key: z.record(z.string(), z.string()),
      cells: z.array(indicatorCellSchema),
      total: indicatorCellSchema,
    }),
  ),
  columnTotals: z.array(indicatorCellSchema),
  total: indicatorCellSchema,
  /**
   * When the figures were computed (ISO 8601). A national table that takes long to compute may be answered
   * from its last computation, at most 15 minutes old, while a new one is under way.
   */
  computedAt: z.string(),
});
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;
