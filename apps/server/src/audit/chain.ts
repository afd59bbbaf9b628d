import { createHash, createHmac } from 'node:crypto';
import type { ChainedEvent } from './chained-event';
import { storableEvent } from './storable-event';

export type { ChainedEvent };

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

/**
 * The event as it will be stored and the hash that covers it. Writers insert the returned event, never
 * their input, so the verifier recomputes the same hash from what it reads back.
 */
export function sealEvent(prevHash: string, event: ChainedEvent): { event: ChainedEvent; hash: string } {
  const stored = storableEvent(event);
  return { event: stored, hash: eventHash(prevHash, stored) };
}

/**
 * A block's seal: a MAC over its range, the chain hash at its last link and the previous block's MAC, under
 * a key derived from the installation's data keys (never stored in the database). Whoever can write to the
 * database can recompute link hashes, but not this, so a rewritten history cannot be re-sealed.
 */
export function blockMac(
  key: Buffer,
  block: { block: number; firstPosition: number; lastPosition: number; headHash: string; prevMac: string },
): string {
  const canonical = JSON.stringify([
    'lantern-audit-block-v1',
    block.block,
    block.firstPosition,
    block.lastPosition,
    block.headHash,
    block.prevMac,
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

/** The label under which the sealing key is derived from the key ring (`KeyRing.derive`). */
export const SEAL_KEY_LABEL = 'audit-seal-v1';
