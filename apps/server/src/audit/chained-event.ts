/** One audit event as the hash chain covers it. */
export interface ChainedEvent {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorAgencyId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: string;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}
