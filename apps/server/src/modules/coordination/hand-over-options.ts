import type { HandOverOptions } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';

/** Enough for a province's agencies and the nearest others; the picker filters by name as the user types. */
const MAX_AGENCIES = 200;

/**
 * What registration needs to hand a case over: whether the caller's agency carries cases itself and, when it
 * does not, the active agencies that do, those of its own province first.
 */
export async function handOverOptions(ctx: RequestContext): Promise<HandOverOptions> {
  authorize(ctx, 'case.create');
  return ctx.transaction(async (tx) => {
    const [own] = await queryRows<{ carries_cases: boolean; province_code: string }>(
      tx,
      sql`select t.carries_cases, a.province_code from agencies a join agency_types t on t.code = a.type_code
          where a.id = ${ctx.actor?.agencyId}`,
    );
    const carriesCases = own?.carries_cases ?? true;
    const provinceCode = own?.province_code ?? '';
    if (carriesCases) return { carriesCases, provinceCode, agencies: [] };
    const agencies = await queryRows<{ id: string; name: string; type_code: string; province_code: string }>(
      tx,
      sql`select a.id, a.name, a.type_code, a.province_code from agencies a
            join agency_types t on t.code = a.type_code
          where t.carries_cases and a.disabled_at is null and a.id <> ${ctx.actor?.agencyId}
          order by (a.province_code = ${provinceCode}) desc, a.name limit ${MAX_AGENCIES}`,
    );
    return {
      carriesCases,
      provinceCode,
      agencies: agencies.map((a) => ({
        id: a.id,
        name: a.name,
        typeCode: a.type_code,
        provinceCode: a.province_code,
      })),
    };
  });
}
