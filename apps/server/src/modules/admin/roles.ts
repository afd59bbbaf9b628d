import { translate } from '@lantern/domain';
import { asc } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { roles } from '../../db/schema';

export async function listRoles(ctx: RequestContext) {
  authorize(ctx, 'admin.roles.read', 'admin.users.manage_all', 'admin.users.manage_own_agency');
  const rows = await ctx.transaction((tx) => tx.select().from(roles).orderBy(asc(roles.code)));
  return rows.map((row) => ({
    code: row.code,
    label: translate(ctx.locale, `roles.${row.code}`),
    permissions: [...row.permissions].sort(),
  }));
}
