import type { ReceivingAgency } from '@lantern/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
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
