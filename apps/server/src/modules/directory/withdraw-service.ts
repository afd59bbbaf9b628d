import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencyServices } from '../../db/schema';
import { notFound } from '../../lib/errors';

/** Withdraws a service of the caller's own agency from the directory; referrals already sent are not touched. */
export async function withdrawService(ctx: RequestContext, serviceCode: string): Promise<void> {
  authorize(ctx, 'referral.respond');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  await ctx.transaction(async (tx) => {
    const [row] = await tx
      .delete(agencyServices)
      .where(and(eq(agencyServices.agencyId, actor.agencyId), eq(agencyServices.serviceCode, serviceCode)))
      .returning({ id: agencyServices.id });
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'directory.service.withdraw',
      resourceType: 'agency_service',
      resourceId: row.id,
      details: { serviceCode },
    });
  });
}
