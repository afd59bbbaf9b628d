import type { PersonHistory, PersonIdentity } from '@lantern/domain';
import { desc, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { personIdentityHistory } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { caseForIdentity, personRef, staffNames } from '../case-work/case-in-work';

/** Each history row's old identity and reason open only under their own row's context, never the person's. */
const historyContext = (personId: string, id: string) => `person:${personId}:identity-history:${id}`;
const reasonContext = (personId: string, id: string) => `${historyContext(personId, id)}:reason`;

/** Keeps the identity as it was, sealed, with the corrector's reason: the record of what was corrected. */
export async function keepIdentityHistory(
  tx: Tx,
  keys: KeyRing,
  entry: { personId: string; before: PersonIdentity; reason: string; fields: string[]; changedBy: string },
): Promise<void> {
  const id = newId();
  await tx.insert(personIdentityHistory).values({
    id,
    personId: entry.personId,
    identitySealed: keys.seal(JSON.stringify(entry.before), historyContext(entry.personId, id)),
    reasonSealed: keys.seal(entry.reason, reasonContext(entry.personId, id)),
    fields: entry.fields,
    changedBy: entry.changedBy,
  });
}

/**
 * The identities the person was known by before each correction, newest first, for those who may read the
 * case's identity (a referred agency only when the sender opened the identity section). Every read is audited.
 */
export async function listPersonHistory(ctx: RequestContext, caseId: string): Promise<PersonHistory> {
  authorize(ctx, 'case.read', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { row } = await caseForIdentity(tx, ctx, caseId, 'identity');
    const rows = await tx
      .select()
      .from(personIdentityHistory)
      .where(eq(personIdentityHistory.personId, row.personId))
      .orderBy(desc(personIdentityHistory.changedAt), desc(personIdentityHistory.id))
      .limit(100);
    const names = await staffNames(
      tx,
      rows.map((entry) => entry.changedBy),
    );
    const entries = rows.map((entry) => ({
      id: entry.id,
      changedAt: entry.changedAt.toISOString(),
      changedBy: personRef(names, entry.changedBy),
      fields: entry.fields,
      identity: JSON.parse(
        ctx.secrets.open(entry.identitySealed, historyContext(row.personId, entry.id)),
      ) as PersonIdentity,
      reason: ctx.secrets.open(entry.reasonSealed, reasonContext(row.personId, entry.id)),
    }));
    await recordAudit(tx, ctx, {
      action: 'person.history_view',
      resourceType: 'case',
      resourceId: caseId,
      details: { entries: entries.length },
    });
    return { entries };
  });
}
