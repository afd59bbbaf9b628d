import type { AuditEventView, AuditOutcome } from '@lantern/domain';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { auditEvents, users } from '../../db/schema';

export interface AuditQuery {
  actorUserId?: string | undefined;
  action?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  outcome?: AuditOutcome | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

/**
 * The auditor's view of the trail, newest first, filtered by actor, action, record, outcome or date (dates are
 * whole days in Viet Nam time). Row-level security adds its own wall: only a transaction of a user holding
 * audit.read can see any event at all. Reading the trail is itself audited.
 */
export async function listAuditEvents(ctx: RequestContext, query: AuditQuery) {
  authorize(ctx, 'audit.read');
  const filters: SQL[] = [];
  if (query.actorUserId) filters.push(eq(auditEvents.actorUserId, query.actorUserId));
  if (query.action) filters.push(eq(auditEvents.action, query.action));
  if (query.resourceType) filters.push(eq(auditEvents.resourceType, query.resourceType));
  if (query.resourceId) filters.push(eq(auditEvents.resourceId, query.resourceId));
  if (query.outcome) filters.push(eq(auditEvents.outcome, query.outcome));
  if (query.from)
    filters.push(
      gte(auditEvents.occurredAt, sql`(${query.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`),
    );
  if (query.to)
    filters.push(
      lt(auditEvents.occurredAt, sql`(${query.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`),
    );
  if (query.beforeSeq) filters.push(lt(auditEvents.seq, query.beforeSeq));

  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select({ event: auditEvents, username: users.username })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(and(...filters))
      .orderBy(desc(auditEvents.seq))
      .limit(query.limit + 1);
    await recordAudit(tx, ctx, {
      action: 'audit.search',
      resourceType: query.resourceType,
      resourceId: query.resourceId,
      details: { results: Math.min(rows.length, query.limit) },
    });
    const page = rows.slice(0, query.limit);
    const events: AuditEventView[] = page.map(({ event, username }) => ({
      id: event.id,
      seq: event.seq,
      occurredAt: event.occurredAt.toISOString(),
      actorUserId: event.actorUserId,
      actorUsername: username,
      actorAgencyId: event.actorAgencyId,
      action: event.action,
      resourceType: event.resourceType,
      resourceId: event.resourceId,
      outcome: event.outcome,
      reason: event.reason,
      ip: event.ip,
      userAgent: event.userAgent,
      requestId: event.requestId,
    }));
    return { events, nextBeforeSeq: rows.length > query.limit ? (page.at(-1)?.event.seq ?? null) : null };
  });
}
