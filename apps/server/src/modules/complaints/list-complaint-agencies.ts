import type { PublicAgencyList } from '@lantern/domain';
import { asc, isNull } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { agencies } from '../../db/schema';

/**
 * The agencies a complaint can be about, for the public complaint page: names and provinces only, which the
 * agencies publish anyway. Nothing else about them (staff, cases, services) is answered without a session.
 */
export async function listComplaintAgencies(ctx: RequestContext): Promise<PublicAgencyList> {
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select({ id: agencies.id, name: agencies.name, provinceCode: agencies.provinceCode })
      .from(agencies)
      .where(isNull(agencies.disabledAt))
      .orderBy(asc(agencies.provinceCode), asc(agencies.name));
    return { items: rows };
  });
}
