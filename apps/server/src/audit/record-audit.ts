import type { AuditOutcome } from '@lantern/domain';
import type { RequestContext } from '../context/request-context';
import type { Tx } from '../db/types';
import { appendEventStatement } from './append-event';

export interface AuditInput {
  /** What happened, as `<area>.<verb>`: "auth.sign_in", "admin.user.create", "case.view_identity". */
  action: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: AuditOutcome;
  /** A reason the user gave (break-the-glass, a refusal); never personal data about a victim. */
  reason?: string;
  /** Codes and counts only (field names changed, role codes); never names, documents or free text about people. */
  details?: Record<string, string | number | boolean | null>;
  /** For events before anyone is signed in (a failed sign-in): the account concerned, if known. */
  actorUserId?: string | null;
  actorAgencyId?: string | null;
}

/**
 * Writes one audit event inside the caller's transaction: if the event cannot be written, the action
 * it describes does not happen either. One insert, no lock: the event joins the hash chain after commit
 * (audit/sealer.ts), so audited requests across the country never wait for one another.
 */
export async function recordAudit(tx: Tx, ctx: RequestContext, input: AuditInput): Promise<void> {
  await tx.execute(
    appendEventStatement({
      occurredAt: new Date(),
      actorUserId: input.actorUserId !== undefined ? input.actorUserId : (ctx.actor?.userId ?? null),
      actorAgencyId: input.actorAgencyId !== undefined ? input.actorAgencyId : (ctx.actor?.agencyId ?? null),
      action: input.action,
      resourceType: input.resourceType ?? null,
      resourceId: input.resourceId ?? null,
      outcome: input.outcome ?? 'success',
      reason: input.reason ?? null,
      ip: ctx.client.ip,
      userAgent: ctx.client.userAgent,
      requestId: ctx.requestId,
      details: input.details ?? null,
    }),
  );
}
