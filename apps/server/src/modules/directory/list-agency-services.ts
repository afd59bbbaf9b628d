import type { AgencyServices } from '@lantern/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { agencies, agencyServices } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { byServiceOrder } from './check-service-input';
import { toServiceEntry } from './service-entry-view';
import { directoryReaders } from './who-reads';

/** One active agency's published services, in the order of the service list. */
export async function listAgencyServices(ctx: RequestContext, agencyId: string): Promise<AgencyServices> {
  authorize(ctx, ...directoryReaders);
  return ctx.transaction(async (tx) => {
    const [agency] = await tx
      .select({
        id: agencies.id,
        name: agencies.name,
        typeCode: agencies.typeCode,
        provinceCode: agencies.provinceCode,
      })
      .from(agencies)
      .where(and(eq(agencies.id, agencyId), isNull(agencies.disabledAt)));
    if (!agency) throw notFound();
    const rows = await tx.select().from(agencyServices).where(eq(agencyServices.agencyId, agencyId));
    return { agency, services: rows.sort(byServiceOrder).map(toServiceEntry) };
  });
}
