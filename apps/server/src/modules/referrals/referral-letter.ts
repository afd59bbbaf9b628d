import { findUnit } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { mayViewIdentity, ownAgencyReach } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { referrals } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { openIdentity } from '../cases/person-identity';
import { type LetterContent, renderLetter } from './letter-document';
import { referralSealContext, selectReferrals, sideOf } from './referral-view';

/**
 * The printable letter of a referral, for the agency that sent it (the one way to hand an off-system referral
 * over, and a paper trail for any other). It names the person only when the sender opened the identity to the
 * recipient and the reader may see identities; printing it is audited like any reading of identifying data.
 */
export async function referralLetter(
  ctx: RequestContext,
  id: string,
): Promise<{ pdf: Buffer; caseCode: string }> {
  authorize(ctx, 'referral.create');
  const content = await ctx.transaction(async (tx) => {
    const [found] = await selectReferrals(tx, eq(referrals.id, id));
    // A screening hand-off is anonymous and has no case: there is no letter to print for it.
    const caseCode = found?.row.caseCode;
    if (!found || !caseCode) throw notFound();
    const { row } = found;
    if (sideOf(ctx, row) !== 'sender') throw new AppError(403, 'forbidden');
    const [sender] = await queryRows<{ province_code: string; display_name: string }>(
      tx,
      sql`select a.province_code, u.display_name from agencies a, users u
          where a.id = ${row.fromAgencyId} and u.id = ${row.sentBy}`,
    );
    // Only while the case is still the sender's (not transferred away): the person row is read under its policy.
    const [person] =
      row.sections.includes('identity') && mayViewIdentity(ctx, ownAgencyReach)
        ? await queryRows<{ id: string; identity_sealed: string }>(
            tx,
            sql`select p.id, p.identity_sealed from cases c join persons p on p.id = c.person_id
              where c.id = ${row.caseId} and c.owner_agency_id = ${row.fromAgencyId}`,
          )
        : [];
    const identity = person ? openIdentity(ctx.secrets, person.id, person.identity_sealed) : null;
    const open = (sealed: string | null, field: 'message' | 'contact') =>
      sealed === null ? null : ctx.secrets.open(sealed, referralSealContext(row.id, field));
    await recordAudit(tx, ctx, {
      action: 'referral.letter',
      resourceType: 'referral',
      resourceId: id,
      details: { caseId: row.caseId, identity: identity !== null },
    });
    const letter: LetterContent = {
      caseCode,
      fromAgency: found.fromName,
      fromProvince: findUnit(sender?.province_code ?? '', '2025')?.name ?? '',
      toName: found.toName ?? row.externalOrg ?? '',
      toContact: open(row.externalContactSealed, 'contact'),
      sentAt: row.createdAt,
      sentBy: sender?.display_name ?? '',
      urgency: row.urgency,
      services: row.services,
      reason: row.reason,
      message: open(row.messageSealed, 'message'),
      respondBy: row.respondBy,
      completeBy: row.completeBy,
      consent: row.consentOverridden ? 'overridden' : 'consented',
      person: identity
        ? { fullName: identity.fullName, dateOfBirth: identity.dateOfBirth ?? null, phones: identity.phones }
        : null,
    };
    return letter;
  });
  // Rendered after the transaction: a page of layout is CPU work no open transaction should wait on.
  return { pdf: await renderLetter(content), caseCode: content.caseCode };
}
