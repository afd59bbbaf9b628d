import { type AgencyView, translate } from '@lantern/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { authorize, scopeFor } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, agencyTypes, offices } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';

type AgencyRow = typeof agencies.$inferSelect;

const toView = (row: AgencyRow): AgencyView => ({
  id: row.id,
  name: row.name,
  typeCode: row.typeCode,
  provinceCode: row.provinceCode,
  communeCode: row.communeCode,
  parentId: row.parentId,
  disabled: row.disabledAt !== null,
  disclosesAsHolder: row.disclosesAsHolder,
  createdAt: row.createdAt.toISOString(),
});

const ADMIN = ['admin.agencies.manage', 'admin.users.manage_all', 'admin.users.manage_own_agency'] as const;

export async function findAgencyInScope(tx: Tx, ctx: RequestContext, id: string): Promise<AgencyRow> {
  const [row] = await tx
    .select()
    .from(agencies)
    .where(and(scopeFor(ctx, 'agency'), eq(agencies.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function listAgencies(ctx: RequestContext): Promise<AgencyView[]> {
  authorize(ctx, ...ADMIN);
  const rows = await ctx.transaction((tx) =>
    tx
      .select()
      .from(agencies)
      .where(scopeFor(ctx, 'agency'))
      .orderBy(asc(agencies.provinceCode), asc(agencies.name)),
  );
  return rows.map(toView);
}

export async function createAgency(
  ctx: RequestContext,
  input: {
    name: string;
    typeCode: string;
    provinceCode: string;
    communeCode?: string | null;
    parentId?: string | null;
  },
): Promise<AgencyView> {
  authorize(ctx, 'admin.agencies.manage');
  return ctx.transaction(async (tx) => {
    const [type] = await tx.select().from(agencyTypes).where(eq(agencyTypes.code, input.typeCode));
    if (!type)
      throw new AppError(400, 'validation', {}, [{ field: 'typeCode', code: 'invalid_value', message: '' }]);
    if (input.parentId) await findAgencyInScope(tx, ctx, input.parentId);
    const [row] = await tx
      .insert(agencies)
      .values({
        id: newId(),
        name: input.name,
        typeCode: input.typeCode,
        provinceCode: input.provinceCode,
        communeCode: input.communeCode ?? null,
        parentId: input.parentId ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'admin.agency.create',
      resourceType: 'agency',
      resourceId: row.id,
      details: { typeCode: row.typeCode, provinceCode: row.provinceCode },
    });
    return toView(row);
  });
}

/**
 * When an agency or account counts as disabled after an update: unchanged when the update does not say,
 * the first disabling's time kept (sessions and audit refer to it), cleared on enabling.
 */
export function nextDisabledAt(current: Date | null, disabled: boolean | undefined): Date | null {
  if (disabled === undefined) return current;
  return disabled ? (current ?? new Date()) : null;
}

/** Renames or disables an agency. Disabling ends every session of its users at once. */
export async function updateAgency(
  ctx: RequestContext,
  id: string,
  input: {
    name?: string | undefined;
    disabled?: boolean | undefined;
    disclosesAsHolder?: boolean | undefined;
  },
): Promise<AgencyView> {
  authorize(ctx, 'admin.agencies.manage');
  return ctx.transaction(async (tx) => {
    const current = await findAgencyInScope(tx, ctx, id);
    const disabledAt = nextDisabledAt(current.disabledAt, input.disabled);
    const [row] = await tx
      .update(agencies)
      .set({
        name: input.name ?? current.name,
        disabledAt,
        disclosesAsHolder: input.disclosesAsHolder ?? current.disclosesAsHolder,
      })
      .where(eq(agencies.id, id))
      .returning();
    if (!row) throw notFound();
    if (input.disabled) {
      await tx.execute(sql`update sessions set revoked_at = now()
        where revoked_at is null and user_id in (select id from users where agency_id = ${id})`);
    }
    await recordAudit(tx, ctx, {
      action: 'admin.agency.update',
      resourceType: 'agency',
      resourceId: id,
      details: {
        renamed: input.name !== undefined,
        disabled: row.disabledAt !== null,
        disclosesAsHolder: row.disclosesAsHolder,
      },
    });
    return toView(row);
  });
}

export async function listAgencyTypes(ctx: RequestContext) {
  authorize(ctx, ...ADMIN);
  const rows = await ctx.transaction((tx) => tx.select().from(agencyTypes).orderBy(asc(agencyTypes.code)));
  return rows.map((row) => ({
    code: row.code,
    label: row.labels?.[ctx.locale] ?? translate(ctx.locale, `agencyTypes.${row.code}`),
    carriesCases: row.carriesCases,
  }));
}

export async function listOffices(ctx: RequestContext, agencyId: string) {
  authorize(ctx, ...ADMIN);
  return ctx.transaction(async (tx) => {
    await findAgencyInScope(tx, ctx, agencyId);
    const rows = await tx
      .select()
      .from(offices)
      .where(eq(offices.agencyId, agencyId))
      .orderBy(asc(offices.name));
    return rows.map((row) => ({ id: row.id, agencyId: row.agencyId, name: row.name }));
  });
}

export async function createOffice(ctx: RequestContext, agencyId: string, input: { name: string }) {
  authorize(ctx, 'admin.agencies.manage', 'admin.users.manage_own_agency');
  return ctx.transaction(async (tx) => {
    await findAgencyInScope(tx, ctx, agencyId);
    const [row] = await tx.insert(offices).values({ id: newId(), agencyId, name: input.name }).returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, { action: 'admin.office.create', resourceType: 'office', resourceId: row.id });
    return { id: row.id, agencyId: row.agencyId, name: row.name };
  });
}
