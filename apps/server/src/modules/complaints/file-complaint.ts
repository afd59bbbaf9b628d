import { randomBytes } from 'node:crypto';
import {
  addWorkingDays,
  type ComplaintOfficer,
  type ComplaintReceipt,
  type FileComplaintInput,
  formatReceiptCode,
  receiptCodeFrom,
  routeComplaint,
  todayInVietNam,
} from '@lantern/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { type RateLimit, takeHit } from '../../db/rate-limits';
import { agencies, complaints, notifications } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { daysOffFrom } from '../holidays/holiday-rows';
import { invalidField, receiptHash, sealFor } from './complaint-rows';

/**
 * Few complaints from one address an hour: enough for a family filing together or a shared phone at a
 * shelter, too few to flood an officer's inbox. A worker filing on survivors' behalf has a daily allowance.
 */
const PER_ADDRESS: RateLimit = {
  scope: 'complaint_file_address',
  limit: 5,
  windowSeconds: 3600,
  window: 'fixed',
};
const PER_WORKER: RateLimit = {
  scope: 'complaint_file_user',
  limit: 30,
  windowSeconds: 86_400,
  window: 'fixed',
};

async function concernedAgency(tx: Tx, id: string) {
  const [agency] = await tx
    .select({ id: agencies.id, provinceCode: agencies.provinceCode })
    .from(agencies)
    .where(and(eq(agencies.id, id), isNull(agencies.disabledAt)));
  if (!agency) throw invalidField('concernedAgencyId', 'complaint_agency_unknown');
  return agency;
}

/**
 * Files a complaint about how an agency treated someone: from the public page without an account, or by a
 * signed-in worker on the person's behalf. It is routed at once to a complaints officer outside the agency
 * concerned, and the complainant receives a receipt code — shown once, stored only as its keyed hash — to
 * follow it without an account.
 */
export async function fileComplaint(
  ctx: RequestContext,
  input: FileComplaintInput,
  responseDays: number,
): Promise<ComplaintReceipt> {
  const actor = ctx.actor;
  return ctx.transaction(async (tx) => {
    const allowed = actor
      ? await takeHit(tx, PER_WORKER, actor.userId)
      : await takeHit(tx, PER_ADDRESS, ctx.client.ip ?? 'unknown');
    if (!allowed) throw new AppError(429, 'complaint.rate_limited');
    const agency = await concernedAgency(tx, input.concernedAgencyId);
    const officers = await queryRows<ComplaintOfficer>(
      tx,
      sql`select user_id as "userId", agency_id as "agencyId", agency_type_code as "agencyTypeCode",
                 province_code as "provinceCode", open_complaints as "openComplaints"
          from lantern_complaint_officers()`,
    );
    const officer = routeComplaint(agency, officers);
    const id = newId();
    const code = receiptCodeFrom(randomBytes(32));
    const today = todayInVietNam();
    const dueOn = addWorkingDays(today, responseDays, await daysOffFrom(tx, today));
    await tx.insert(complaints).values({
      id,
      receiptHash: receiptHash(ctx, code),
      concernedAgencyId: agency.id,
      handlingAgencyId: officer?.agencyId ?? null,
      officerId: officer?.userId ?? null,
      category: input.category,
      descriptionSealed: ctx.secrets.seal(input.description, sealFor.description(id)),
      contactSealed: input.contact ? ctx.secrets.seal(input.contact, sealFor.contact(id)) : null,
      channel: actor ? 'worker' : 'public',
      filedBy: actor?.userId ?? null,
      dueOn,
    });
    // The officer is told at once, by category and deadline only: nothing the complainant wrote.
    if (officer)
      await tx.insert(notifications).values({
        id: newId(),
        userId: officer.userId,
        kind: 'complaint_received',
        data: { complaintId: id, category: input.category, dueOn },
      });
    await recordAudit(tx, ctx, {
      action: 'complaint.file',
      resourceType: 'complaint',
      resourceId: id,
      details: {
        category: input.category,
        concernedAgency: agency.id,
        handlingAgency: officer?.agencyId ?? null,
      },
    });
    return { receiptCode: formatReceiptCode(code), dueOn };
  });
}
