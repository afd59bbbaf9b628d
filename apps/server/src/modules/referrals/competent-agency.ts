import type { ReceivingAgency } from '@lantern/domain';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { agencies, provinceReceivingAgencies } from '../../db/schema';
import type { Tx } from '../../db/types';

export type CompetentAgency = Omit<ReceivingAgency, 'agency'> & {
  agency: { id: string; name: string; provinceCode: string } | null;
};

/**
 * The agency that acts on a screening made in a province: the one the province configured, else the province's
 * social work centre (where a possible victim is usually received first), else none.
 */
export async function competentAgency(tx: Tx, provinceCode: string): Promise<CompetentAgency> {
  const fields = { id: agencies.id, name: agencies.name, provinceCode: agencies.provinceCode };
  const [configured] = await tx
    .select(fields)
    .from(provinceReceivingAgencies)
    .innerJoin(agencies, eq(agencies.id, provinceReceivingAgencies.agencyId))
    .where(and(eq(provinceReceivingAgencies.provinceCode, provinceCode), isNull(agencies.disabledAt)));
  if (configured) return { provinceCode, agency: configured, source: 'configured' };
  const [centre] = await tx
    .select(fields)
    .from(agencies)
    .where(
      and(
        eq(agencies.provinceCode, provinceCode),
        eq(agencies.typeCode, 'social_work_centre'),
        isNull(agencies.disabledAt),
      ),
    )
    .orderBy(asc(agencies.name), asc(agencies.id))
    .limit(1);
  if (centre) return { provinceCode, agency: centre, source: 'fallback' };
  return { provinceCode, agency: null, source: 'none' };
}

export interface ProvinceAgencies {
  configured: Map<string, { id: string; name: string }>;
  fallback: Map<string, { id: string; name: string }>;
}

/**
 * For many provinces at once, by province code: the configured agency and the fallback of `competentAgency`
 * (same rule, same order), in two queries whatever the number of provinces.
 */
export async function competentAgencies(tx: Tx, provinceCodes: readonly string[]): Promise<ProvinceAgencies> {
  const codes = [...provinceCodes];
  const configured = await tx
    .select({ provinceCode: provinceReceivingAgencies.provinceCode, id: agencies.id, name: agencies.name })
    .from(provinceReceivingAgencies)
    .innerJoin(agencies, eq(agencies.id, provinceReceivingAgencies.agencyId))
    .where(and(inArray(provinceReceivingAgencies.provinceCode, codes), isNull(agencies.disabledAt)));
  const centres = await tx
    .selectDistinctOn([agencies.provinceCode], {
      provinceCode: agencies.provinceCode,
      id: agencies.id,
      name: agencies.name,
    })
    .from(agencies)
    .where(
      and(
        inArray(agencies.provinceCode, codes),
        eq(agencies.typeCode, 'social_work_centre'),
        isNull(agencies.disabledAt),
      ),
    )
    .orderBy(asc(agencies.provinceCode), asc(agencies.name), asc(agencies.id));
  const byProvince = (rows: { provinceCode: string; id: string; name: string }[]) =>
    new Map(rows.map(({ provinceCode, id, name }) => [provinceCode, { id, name }]));
  return { configured: byProvince(configured), fallback: byProvince(centres) };
}
