import {
  findIndicator,
  type IndicatorDefinition,
  indicatorDefinitionSchema,
  seededIndicators,
} from '@lantern/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { customIndicators } from '../../db/schema';
import type { Tx } from '../../db/types';

export interface CatalogueEntry {
  definition: IndicatorDefinition;
  custom: boolean;
}

/**
 * Administrators' definitions are checked again on the way out: one stored under an older version of the schema
 * that no longer passes is left out of the catalogue rather than compiled.
 */
function checked(stored: unknown): IndicatorDefinition | undefined {
  const parsed = indicatorDefinitionSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The whole catalogue: Lantern's seeded indicators, then the administrators' own (retired ones left out). */
export async function readCatalogue(tx: Tx): Promise<CatalogueEntry[]> {
  const rows = await tx
    .select({ definition: customIndicators.definition })
    .from(customIndicators)
    .where(isNull(customIndicators.retiredAt))
    .orderBy(asc(customIndicators.definedAt), asc(customIndicators.code));
  const custom = rows.flatMap((row) => {
    const definition = checked(row.definition);
    return definition ? [{ definition, custom: true }] : [];
  });
  return [...seededIndicators.map((definition) => ({ definition, custom: false })), ...custom];
}

/** One indicator by code, seeded or an administrator's (not retired); undefined when there is none. */
export async function resolveIndicator(tx: Tx, code: string): Promise<IndicatorDefinition | undefined> {
  const seeded = findIndicator(code);
  if (seeded) return seeded;
  const [row] = await tx
    .select({ definition: customIndicators.definition })
    .from(customIndicators)
    .where(and(eq(customIndicators.code, code), isNull(customIndicators.retiredAt)));
  return row ? checked(row.definition) : undefined;
}
