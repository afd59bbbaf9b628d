import {
  type ComplaintCategory,
  type ComplaintStatus,
  type ComplaintSummary,
  daysUntil,
  isComplaintOverdue,
  todayInVietNam,
} from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RequestContext } from '../../context/request-context';
import { agencies, complaints, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';

export type ComplaintRow = typeof complaints.$inferSelect;

/** Sealed values are bound to their row and field: a value copied to another row does not open. */
export const sealFor = {
  description: (id: string) => `complaint:${id}:description`,
  contact: (id: string) => `complaint:${id}:contact`,
  response: (id: string) => `complaint:${id}:response`,
  note: (actionId: string) => `complaint_action:${actionId}:note`,
};

/** The keyed hash a receipt code is stored as: a copy of the database cannot try codes without the key. */
export const receiptHash = (ctx: RequestContext, code: string) =>
  ctx.secrets.blindIndex(`complaint-receipt:${code}`);

export const invalidField = (field: string, code: string) =>
  new AppError(400, 'validation', {}, [{ field, code, message: '' }]);

const officer = alias(users, 'officer');

/** Complaints with their agency and officer names; the row-level policy limits them to the actor's. */
export function complaintQuery(tx: Tx) {
  return tx
    .select({ complaint: complaints, agencyName: agencies.name, officerName: officer.displayName })
    .from(complaints)
    .innerJoin(agencies, eq(agencies.id, complaints.concernedAgencyId))
    .leftJoin(officer, eq(officer.id, complaints.officerId));
}

export async function handledComplaint(tx: Tx, id: string) {
  const [row] = await complaintQuery(tx).where(and(eq(complaints.id, id)));
  if (!row) throw notFound();
  return row;
}

export function toComplaintSummary(row: {
  complaint: ComplaintRow;
  agencyName: string;
  officerName: string | null;
}): ComplaintSummary {
  const { complaint } = row;
  const today = todayInVietNam();
  const status = complaint.status as ComplaintStatus;
  return {
    id: complaint.id,
    category: complaint.category as ComplaintCategory,
    concernedAgency: { id: complaint.concernedAgencyId, name: row.agencyName },
    status,
    channel: complaint.channel,
    receivedAt: complaint.receivedAt.toISOString(),
    dueOn: complaint.dueOn,
    daysLeft: daysUntil(complaint.dueOn, today),
    overdue: isComplaintOverdue(status, complaint.dueOn, today),
    officer:
      complaint.officerId && row.officerName
        ? { id: complaint.officerId, displayName: row.officerName }
        : null,
  };
}
