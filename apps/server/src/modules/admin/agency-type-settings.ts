import { translate } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencyTypes } from '../../db/schema';
import { notFound } from '../../lib/errors';

/**
 * Whether agencies of a type carry cases: configuration, since which frontline bodies hand their cases on
 * differs between provinces and changes with the law. Takes effect at the next registration.
 */
export async function updateAgencyType(ctx: RequestContext, code: string, input: { carriesCases: boolean }) {
  authorize(ctx, 'admin.agencies.manage');
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .update(agencyTypes)
      .set({ carriesCases: input.carriesCases })
      .where(eq(agencyTypes.code, code))
      .returning();
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'admin.agency_type.update',
      resourceType: 'agency_type',
      details: { code, carriesCases: row.carriesCases },
    });
    return {
      code: row.code,
      label: row.labels?.[ctx.locale] ?? translate(ctx.locale, `agencyTypes.${row.code}`),
      carriesCases: row.carriesCases,
    };
  });
}
