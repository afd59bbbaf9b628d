import {
  type ReferralWindows,
  referralDeadlines,
  referralSections,
  type SendReferralInput,
} from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencyServices, referrals } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { addCaseEvent, type CaseRow } from '../case-work/case-in-work';
import { notifyAgency } from './notify';
import type { Recipient } from './referral-recipient';
import { type ReferralRow, referralSealContext } from './referral-view';

/** The services asked for that the recipient does not publish in the directory: a warning, never a refusal. */
export async function servicesNotListed(tx: Tx, agencyId: string, services: readonly string[]) {
  const listed = await tx
    .select({ code: agencyServices.serviceCode })
    .from(agencyServices)
    .where(eq(agencyServices.agencyId, agencyId));
  const offered = new Set(listed.map((row) => row.code));
  return services.filter((service) => !offered.has(service));
}

export interface NewReferral {
  kase: CaseRow;
  recipient: Recipient;
  input: SendReferralInput;
  /** Sent without a consent covering the recipient (the caller checked the override was allowed). */
  overridden: boolean;
  now: Date;
  pathway?: { runId: string; step: number };
  /** The installation's windows by urgency (configuredWindows); the built-in defaults when not given. */
  windows?: ReferralWindows;
  /** The declined or expired referral this one is sent in place of. */
  reroutedFrom?: string;
}

/**
 * Writes one checked referral in the caller's transaction: the row (free text sealed), the case's timeline line,
 * the recipient inbox's notifications, the sender supervisors' notice of an override, and the audit event.
 * Used by a single referral and by every step of a coordination pathway.
 */
export async function createReferral(tx: Tx, ctx: RequestContext, referral: NewReferral): Promise<string> {
  return (await createReferralRow(tx, ctx, referral)).id;
}

/** `createReferral`, answering the row as written (the sender's answer is built from it, not read again). */
export async function createReferralRow(
  tx: Tx,
  ctx: RequestContext,
  referral: NewReferral,
): Promise<ReferralRow> {
  const { kase, recipient, input, overridden, now } = referral;
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const id = newId();
  const seal = (text: string | undefined, field: 'message' | 'override' | 'contact') =>
    text === undefined ? null : ctx.secrets.seal(text, referralSealContext(id, field));
  const deadlines = referralDeadlines(
    input.urgency,
    now,
    input.completeBy === undefined ? undefined : new Date(input.completeBy),
    referral.windows,
  );
  // A transfer hands the whole case over: the recipient weighs all of it before accepting.
  const sections = input.kind === 'transfer' ? [...referralSections] : [...new Set(input.sections)];
  const toAgencyId = recipient.kind === 'agency' ? recipient.id : null;
  const [row] = await tx
    .insert(referrals)
    .values({
      id,
      caseId: kase.id,
      caseCode: kase.code,
      kind: input.kind,
      fromAgencyId: actor.agencyId,
      toAgencyId,
      externalOrg: recipient.kind === 'external' ? recipient.name : null,
      externalOrgType: recipient.kind === 'external' ? recipient.typeCode : null,
      externalContactSealed: recipient.kind === 'external' ? seal(recipient.contact, 'contact') : null,
      services: input.services,
      urgency: input.urgency,
      reason: input.reason,
      messageSealed: seal(input.message, 'message'),
      sections,
      consentOverridden: overridden,
      overrideReasonSealed: overridden ? seal(input.consentOverride?.reason, 'override') : null,
      sentBy: actor.userId,
      ...deadlines,
      pathwayRunId: referral.pathway?.runId ?? null,
      pathwayStep: referral.pathway?.step ?? null,
      reroutedFrom: referral.reroutedFrom ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await addCaseEvent(tx, ctx, kase.id, 'referral.sent', {
    referral: id,
    agencyId: toAgencyId,
    offSystem: toAgencyId === null,
    urgency: input.urgency,
    kind: input.kind,
    consentOverridden: overridden,
  });
  const about = { referralId: id, caseId: kase.id, caseCode: kase.code, toAgencyName: recipient.name };
  const told =
    toAgencyId === null
      ? 0
      : await notifyAgency(tx, toAgencyId, 'referral.respond', 'referral_received', {
          ...about,
          urgency: input.urgency,
        });
  if (overridden)
    await notifyAgency(
      tx,
      actor.agencyId,
      'case.break_glass',
      'referral_consent_override',
      about,
      actor.userId,
    );
  await recordAudit(tx, ctx, {
    action: overridden ? 'referral.send_override' : 'referral.send',
    resourceType: 'referral',
    resourceId: id,
    details: {
      caseId: kase.id,
      toAgencyId,
      toAgencyType: recipient.kind === 'external' ? recipient.typeCode : null,
      services: input.services.join(','),
      urgency: input.urgency,
      sections: sections.join(','),
      pathwayRun: referral.pathway?.runId ?? null,
      reroutedFrom: referral.reroutedFrom ?? null,
      notified: told,
    },
  });
  return row as ReferralRow;
}
