import type { PublishServiceInput, ServiceEntry } from '@lantern/domain';
import { getTableColumns, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencyServices } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { checkServiceInput } from './check-service-input';
import { toServiceEntry } from './service-entry-view';

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * Publishes one service of the caller's own agency, or replaces what it said before (a PUT: the whole entry).
 * Only agencies that answer referrals publish, so whoever finds the entry can refer to the same inbox.
 */
export async function publishService(
  ctx: RequestContext,
  serviceCode: string,
  input: PublishServiceInput,
): Promise<ServiceEntry> {
  authorize(ctx, 'referral.respond');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const problems = checkServiceInput(serviceCode, input);
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
  const values = {
    provinceCodes: unique(input.provinceCodes).sort(),
    sexes: unique(input.sexes),
    minAge: input.minAge ?? null,
    maxAge: input.maxAge ?? null,
    acceptsForeigners: input.acceptsForeigners,
    capacityTotal: input.capacityTotal ?? null,
    capacityFree: input.capacityFree ?? null,
    hours: input.hours ?? null,
    languages: unique(input.languages),
    contactPhone: input.contactPhone ?? null,
    contactEmail: input.contactEmail ?? null,
    updatedBy: actor.userId,
  };
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .insert(agencyServices)
      .values({ id: newId(), agencyId: actor.agencyId, serviceCode, ...values })
      .onConflictDoUpdate({
        target: [agencyServices.agencyId, agencyServices.serviceCode],
        set: { ...values, updatedAt: new Date() },
      })
      // xmax = 0 only on a row this statement inserted: tells a first publication from an update.
      .returning({ ...getTableColumns(agencyServices), created: sql<boolean>`(xmax = 0)` });
    if (!row) throw new AppError(403, 'forbidden');
    await recordAudit(tx, ctx, {
      action: 'directory.service.publish',
      resourceType: 'agency_service',
      resourceId: row.id,
      details: {
        serviceCode,
        created: row.created,
        capacityFree: values.capacityFree,
      },
    });
    return toServiceEntry(row);
  });
}
