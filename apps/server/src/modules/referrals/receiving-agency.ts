import { allUnits, type ProvinceReceivingAgency, type ReceivingAgency } from '@lantern/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { actorProvince } from '../../access/case-policy';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, provinceReceivingAgencies } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { competentAgencies, competentAgency } from './competent-agency';

const view = ({ provinceCode, agency, source }: Awaited<ReturnType<typeof competentAgency>>) => ({
  provinceCode,
  agency: agency ? { id: agency.id, name: agency.name } : null,
  source,
});

/** The province's competent receiving agency for screenings, and whether it was configured or is the fallback. */
export async function getReceivingAgency(
  ctx: RequestContext,
  provinceCode: string,
): Promise<ReceivingAgency> {
  authorize(ctx, 'screening.create', 'screening.read', 'admin.agencies.manage', 'case.read_province');
  return ctx.transaction(async (tx) => view(await competentAgency(tx, provinceCode)));
}

/**
 * Sets where a province's screenings go by default: a system administrator for any province, a provincial
 * coordinator for its own (row-level security states the same). A null agency clears the setting, so the
 * province's social work centre receives again.
 */
export async function setReceivingAgency(
  ctx: RequestContext,
  provinceCode: string,
  agencyId: string | null,
): Promise<ReceivingAgency> {
  authorize(ctx, 'admin.agencies.manage', 'case.read_province');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    if (!can(ctx, 'admin.agencies.manage') && (await actorProvince(tx)) !== provinceCode)
      throw new AppError(403, 'forbidden');
    if (agencyId === null) {
      await tx
        .delete(provinceReceivingAgencies)
        .where(eq(provinceReceivingAgencies.provinceCode, provinceCode));
      await recordAudit(tx, ctx, {
        action: 'handoff.receiving_agency_set',
        resourceType: 'province',
        resourceId: provinceCode,
        details: { agencyId: null },
      });
      return view(await competentAgency(tx, provinceCode));
    }
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.id, agencyId), isNull(agencies.disabledAt)));
    if (!agency)
      throw new AppError(400, 'validation', {}, [{ field: 'agencyId', code: 'invalid_value', message: '' }]);
    const now = new Date();
    await tx
      .insert(provinceReceivingAgencies)
      .values({ provinceCode, agencyId, updatedBy: actor.userId, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: provinceReceivingAgencies.provinceCode,
        set: { agencyId, updatedBy: actor.userId, updatedAt: now },
      });
    await recordAudit(tx, ctx, {
      action: 'handoff.receiving_agency_set',
      resourceType: 'province',
      resourceId: provinceCode,
      details: { agencyId },
    });
    return view(await competentAgency(tx, provinceCode));
  });
}

/**
 * Every province in force (the 34 of 2025, by code) with its setting and its fallback, for the administration
 * screen. Names agencies only, no person: not an identifying read, so nothing is audited.
 */
export async function listReceivingAgencies(ctx: RequestContext): Promise<ProvinceReceivingAgency[]> {
  authorize(ctx, 'admin.agencies.manage', 'case.read_province');
  const codes = allUnits('2025')
    .filter((unit) => unit.level === 'province')
    .map((unit) => unit.code)
    .sort();
  return ctx.transaction(async (tx) => {
    const { configured, fallback } = await competentAgencies(tx, codes);
    // A coordinator changes only their own province (setReceivingAgency); an administrator any.
    const own = can(ctx, 'admin.agencies.manage') ? null : await actorProvince(tx);
    return codes.map((provinceCode) => ({
      provinceCode,
      configured: configured.get(provinceCode) ?? null,
      fallback: fallback.get(provinceCode) ?? null,
      mayChange: own === null ? can(ctx, 'admin.agencies.manage') : own === provinceCode,
    }));
  });
}
