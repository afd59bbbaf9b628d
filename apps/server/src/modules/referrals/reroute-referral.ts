import type { ReferralDetail, RerouteReferralInput, SendReferralInput } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { referrals } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';
import { ownedCase } from '../case-work/case-in-work';
import { checkReferralInput } from './check-referral-input';
import { createReferral, servicesNotListed } from './create-referral';
import { consentCovers, type Recipient, resolveRecipient } from './referral-recipient';
import { type ReferralRow, referralSealContext, selectReferrals, toReferralDetail } from './referral-view';
import { configuredWindows } from './referral-windows';

const reroutable = new Set(['declined', 'expired']);

/** The referral sent in place of a declined or expired one, as far as the reader's agency sees it. */
export async function reroutedTo(tx: Tx, row: Pick<ReferralRow, 'id' | 'status'>): Promise<string | null> {
  if (!reroutable.has(row.status)) return null;
  const [next] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(eq(referrals.reroutedFrom, row.id));
  return next?.id ?? null;
}

/** A pathway step goes to one kind of agency: its re-routed referral must go to the same kind. */
async function checkPathwayType(tx: Tx, row: ReferralRow, recipient: Recipient): Promise<void> {
  if (row.pathwayRunId === null || row.pathwayStep === null) return;
  const [step] = await queryRows<{ agency_type: string | null }>(
    tx,
    sql`select p.steps -> ${row.pathwayStep}::int ->> 'agencyType' as agency_type
        from case_pathway_runs run join referral_pathways p on p.id = run.pathway_id
        where run.id = ${row.pathwayRunId}`,
  );
  const type =
    recipient.kind === 'external'
      ? recipient.typeCode
      : (
          await queryRows<{ type_code: string }>(
            tx,
            sql`select type_code from agencies where id = ${recipient.id}`,
          )
        )[0]?.type_code;
  const field = recipient.kind === 'external' ? 'external.typeCode' : 'agencyId';
  if (step?.agency_type && type !== step.agency_type)
    throw new AppError(400, 'validation', {}, [{ field, code: 'wrong_type', message: '' }]);
}

/**
 * Sends a declined (or expired) referral of the agency on to another agency: the services, sections, urgency,
 * reason and message carry over, the new referral names the old one (`reroutedFrom`), and a pathway step now
 * points at the new referral. The consent gate is the sending one: refused unless a live consent covers the new
 * recipient, or a user who may break the glass overrides it with a reason. One re-route per referral.
 */
export async function rerouteReferral(
  ctx: RequestContext,
  id: string,
  target: RerouteReferralInput,
): Promise<ReferralDetail> {
  authorize(ctx, 'referral.create');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (target.consentOverride && !can(ctx, 'case.break_glass')) throw new AppError(403, 'forbidden');
  return ctx.transaction(async (tx) => {
    // Locks the declined referral: two supervisors re-routing it at once get one re-route and one 409.
    const locked = await queryRows<{ id: string }>(
      tx,
      sql`select id from referrals where id = ${id} and from_agency_id = ${actor.agencyId} for update`,
    );
    const [found] = locked.length === 0 ? [] : await selectReferrals(tx, eq(referrals.id, id));
    if (!found || found.row.caseId === null) throw notFound();
    const old = found.row;
    if (!reroutable.has(old.status) || old.kind === 'screening')
      throw new AppError(409, 'referral.not_reroutable');
    if ((await reroutedTo(tx, old)) !== null) throw new AppError(409, 'referral.already_rerouted');
    const input: SendReferralInput = {
      kind: old.kind === 'transfer' ? 'transfer' : 'services',
      agencyId: target.agencyId,
      external: target.external,
      services: old.services,
      urgency: old.urgency,
      reason: old.reason,
      message:
        old.messageSealed === null
          ? undefined
          : ctx.secrets.open(old.messageSealed, referralSealContext(old.id, 'message')),
      sections: old.sections,
      completeBy: target.completeBy,
      consentOverride: target.consentOverride,
    };
    const now = new Date();
    const problems = checkReferralInput(input, now);
    if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
    const kase = await ownedCase(tx, ctx, old.caseId as string);
    if (kase.state === 'closed') throw new AppError(409, 'referral.case_closed');
    const recipient = await resolveRecipient(tx, input, actor.agencyId);
    if (recipient.kind === 'agency' && recipient.id === old.toAgencyId)
      throw new AppError(400, 'validation', {}, [{ field: 'agencyId', code: 'same_recipient', message: '' }]);
    await checkPathwayType(tx, old, recipient);
    const consented = await consentCovers(tx, kase.id, recipient);
    if (!consented && !input.consentOverride) throw new AppError(409, 'referral.no_consent');
    const newId = await createReferral(tx, ctx, {
      kase,
      recipient,
      input,
      overridden: !consented,
      now,
      windows: await configuredWindows(tx),
      reroutedFrom: old.id,
      pathway:
        old.pathwayRunId === null || old.pathwayStep === null
          ? undefined
          : { runId: old.pathwayRunId, step: old.pathwayStep },
    });
    await recordAudit(tx, ctx, {
      action: 'referral.reroute',
      resourceType: 'referral',
      resourceId: old.id,
      details: { caseId: kase.id, reroutedTo: newId, status: old.status },
    });
    const [created] = await selectReferrals(tx, eq(referrals.id, newId));
    const missing =
      recipient.kind === 'agency' ? await servicesNotListed(tx, recipient.id, input.services) : [];
    return toReferralDetail(tx, ctx, created as NonNullable<typeof created>, missing);
  });
}
