import type { CaseDetail } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { accessTo, caseScope, mayViewIdentity } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases, persons } from '../../db/schema';
import type { Tx } from '../../db/types';
import { notFound } from '../../lib/errors';
import { toCaseDetail } from './case-view';
import { openIdentity } from './person-identity';

/**
 * One case as the actor may see it. Reading the identity writes an audit event in the same transaction:
 * no audit, no identity.
 */
export async function findCase(tx: Tx, ctx: RequestContext, id: string): Promise<CaseDetail> {
  const [found] = await tx
    .select({ kase: cases, person: persons })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(caseScope(ctx), eq(cases.id, id)));
  if (!found) throw notFound();
  const access = await accessTo(tx, ctx, found.kase);
  const identity = mayViewIdentity(ctx, access)
    ? openIdentity(ctx.secrets, found.person.id, found.person.identitySealed)
    : null;
  if (identity)
    await recordAudit(tx, ctx, {
      action: 'case.view_identity',
      resourceType: 'case',
      resourceId: id,
      details: { access },
    });
  return toCaseDetail(found.kase, found.person, access, ctx.actor?.agencyId, identity);
}

export async function getCase(ctx: RequestContext, id: string): Promise<CaseDetail> {
  authorize(ctx, 'case.read', 'case.create', 'case.read_province', 'case.break_glass');
  return ctx.transaction((tx) => findCase(tx, ctx, id));
}
