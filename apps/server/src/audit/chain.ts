import { createHash } from 'node:crypto';

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

export const GENESIS_HASH = '0'.repeat(64);

function sortedDetails(details: Record<string, unknown> | null): [string, unknown][] | null {
  return details ? Object.entries(details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null;
}

/** The hash of an event covers every field and the previous event's hash, so no event can be edited, removed or reordered unnoticed. */
export function eventHash(prevHash: string, event: ChainedEvent): string {
  const canonical = JSON.stringify([
    event.seq,
    event.occurredAt.toISOString(),
    event.actorUserId,
    event.actorAgencyId,
    event.action,
    event.resourceType,
    event.resourceId,
    event.outcome,
    event.reason,
    event.ip,
    event.userAgent,
    event.requestId,
    sortedDetails(event.details),
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export interface StoredEvent extends ChainedEvent {
  prevHash: string;
  hash: string;
}

export type ChainBreak = {
  seq: number;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' | 'head_mismatch';
};

/** Checks a run of events that follows the event with `expected` seq - 1 and hash `previousHash`. */
export function findBreak(
  events: StoredEvent[],
  start: { seq: number; previousHash: string },
): { break: ChainBreak | null; last: { seq: number; hash: string } } {
  let expectedSeq = start.seq;
  let previousHash = start.previousHash;
  for (const event of events) {
    if (event.seq !== expectedSeq)
      return {
        break: { seq: expectedSeq, problem: 'sequence_gap' },
        last: { seq: expectedSeq - 1, hash: previousHash },
      };
    if (event.prevHash !== previousHash)
      return {
        break: { seq: event.seq, problem: 'prev_hash_mismatch' },
        last: { seq: expectedSeq - 1, hash: previousHash },
      };
    if (eventHash(previousHash, event) !== event.hash)
      return {
        break: { seq: event.seq, problem: 'hash_mismatch' },
        last: { seq: expectedSeq - 1, hash: previousHash },
      };
    previousHash = event.hash;
    expectedSeq += 1;
  }
  return { break: null, last: { seq: expectedSeq - 1, hash: previousHash } };
}
