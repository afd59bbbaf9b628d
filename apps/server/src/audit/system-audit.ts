import type { SqlSession } from '../db/types';
import { appendEventQuery } from './append-event';

/**
 * An audit event written by the system itself over the owner connection (start-up seeding, demo data,
 * command-line administration), appended and later chained exactly like events written by requests.
 */
export async function recordSystemAudit(
  session: SqlSession,
  input: {
    action: string;
    resourceType?: string;
    resourceId?: string;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  const { text, params } = appendEventQuery({
    occurredAt: new Date(),
    actorUserId: null,
    actorAgencyId: null,
    action: input.action,
    resourceType: input.resourceType ?? null,
    resourceId: input.resourceId ?? null,
    outcome: 'success',
    reason: null,
    ip: null,
    userAgent: 'lantern-system',
    requestId: null,
    details: input.details ?? null,
  });
  await session.query(text, params);
}
