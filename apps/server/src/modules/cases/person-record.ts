import type { PersonRecord } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { personIdentityHistory, persons } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { ownedCase } from '../case-work/case-in-work';
import { profileOf } from './person-changes';
import { openIdentity } from './person-identity';

/** Corrections are counted up to this many; a person corrected more often is still shown as "100". */
const CORRECTIONS_COUNTED = 100;

/**
 * Only the owning agency corrects a person, and only someone who may read what they correct: a shared or
 * referred agency reads the identity but does not change the record another agency keeps.
 */
export async function personForCorrection(tx: Tx, ctx: RequestContext, caseId: string, lock: boolean) {
  if (!can(ctx, 'case.read_identity')) throw new AppError(403, 'forbidden');
  const kase = await ownedCase(tx, ctx, caseId, { lock });
  const query = tx.select().from(persons).where(eq(persons.id, kase.personId));
  const [person] = lock ? await query.for('update') : await query;
  if (!person) throw notFound();
  return { kase, person };
}

export async function countCorrections(tx: Tx, personId: string): Promise<number> {
  const [counted] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(
      tx
        .select({ one: sql`1` })
        .from(personIdentityHistory)
        .where(eq(personIdentityHistory.personId, personId))
        .limit(CORRECTIONS_COUNTED)
        .as('corrections'),
    );
  return counted?.n ?? 0;
}

/** The person as it stands, to prefill a correction; the identity is read, so the read is audited. */
export async function readPersonRecord(ctx: RequestContext, caseId: string): Promise<PersonRecord> {
  authorize(ctx, 'case.update');
  return ctx.transaction(async (tx) => {
    const { person } = await personForCorrection(tx, ctx, caseId, false);
    const record = {
      identity: openIdentity(ctx.secrets, person.id, person.identitySealed),
      profile: profileOf(person),
      version: person.updatedAt.toISOString(),
      corrections: await countCorrections(tx, person.id),
    };
    await recordAudit(tx, ctx, {
      action: 'case.view_identity',
      resourceType: 'case',
      resourceId: caseId,
      details: { access: 'agency', purpose: 'correction' },
    });
    return record;
  });
}
