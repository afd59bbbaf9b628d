import type { ConsentView } from '@lantern/domain';
import { asc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { consents } from '../../db/schema';
import { caseWithAccess, personRef, staffNames } from './case-in-work';
import { toConsentView, witnessContext } from './consent-view';

/**
 * The consents of a case, withdrawn ones included (the history matters). Whoever may see the case may see
 * what the person agreed to — a coordinator needs it to refer — but the witness's name only with identity
 * access, and opening it is audited.
 */
export async function listConsents(ctx: RequestContext, caseId: string): Promise<ConsentView[]> {
  authorize(ctx, 'case.read', 'case.read_province', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { identity } = await caseWithAccess(tx, ctx, caseId);
    const rows = await tx
      .select()
      .from(consents)
      .where(eq(consents.caseId, caseId))
      .orderBy(asc(consents.createdAt), asc(consents.id));
    const names = await staffNames(
      tx,
      rows.map((row) => row.obtainedBy),
    );
    const views = rows.map((row) =>
      toConsentView(
        row,
        personRef(names, row.obtainedBy),
        identity && row.witnessSealed ? ctx.secrets.open(row.witnessSealed, witnessContext(row.id)) : null,
      ),
    );
    const witnesses = views.filter((view) => view.witness !== null).length;
    if (witnesses > 0)
      await recordAudit(tx, ctx, {
        action: 'case.consents_view',
        resourceType: 'case',
        resourceId: caseId,
        details: { witnesses },
      });
    return views;
  });
}
