import { createHash } from 'node:crypto';
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

export interface StoredEvent extends ChainedEvent {
  prevHash: string;
  hash: string;
}

export type ChainBreak =
  /** Events `seq` to `through` are missing: deleted from the middle, or cut from the end (the head still names them). */
  | { seq: number; through: number; problem: 'sequence_gap' }
  /** The event's content no longer matches its own hash: it was changed after it was written. */
  | { seq: number; problem: 'hash_mismatch' }
  /** The event does not link to the event stored before it: something before it was changed, inserted or moved. */
  | { seq: number; problem: 'prev_hash_mismatch' }
  /** An event whose number repeats or precedes the one before it: it was inserted. */
  | { seq: number; problem: 'unexpected_event' }
  /** The chain head does not name the last event (`lastSeq`): events were appended past it, or the head was altered. */
  | { seq: number; lastSeq: number; problem: 'head_mismatch' };

export interface ChainVerification {
  /** Events read. */
  checked: number;
  /** Events whose content and link to the event before them both verify. */
  intact: number;
  /** Every break, in chain order. */
  breaks: ChainBreak[];
}

/**
 * Checks events fed in chain order, one at a time, so a trail of any length is verified in constant memory
 * (apart from the breaks found). Each event is checked on its own (its hash) and against the event stored
 * before it (its link), so one tampered event is reported once and verification carries on past it.
 */
export class ChainChecker {
  private previous = { seq: 0, hash: GENESIS_HASH };
  private readonly breaks: ChainBreak[] = [];
  private checked = 0;
  private intact = 0;

  add(event: StoredEvent): void {
    this.checked += 1;
    if (event.seq <= this.previous.seq) {
      this.breaks.push({ seq: event.seq, problem: 'unexpected_event' });
      return;
    }
    const before = this.breaks.length;
    const expected = this.previous.seq + 1;
    if (event.seq > expected) {
      this.breaks.push({ seq: expected, through: event.seq - 1, problem: 'sequence_gap' });
    } else if (event.prevHash !== this.previous.hash) {
      this.breaks.push({ seq: event.seq, problem: 'prev_hash_mismatch' });
    }
    if (eventHash(event.prevHash, event) !== event.hash) {
      this.breaks.push({ seq: event.seq, problem: 'hash_mismatch' });
    }
    // A gap is a break between events, not in the event after it, which verifies on its own.
    const eventBroken = this.breaks.slice(before).some((b) => b.problem !== 'sequence_gap');
    if (!eventBroken) this.intact += 1;
    this.previous = { seq: event.seq, hash: event.hash };
  }

  /** Compares the last event with the chain head, which records the seq and hash of the last event appended. */
  finish(head: { seq: number; hash: string } | undefined): ChainVerification {
    const last = this.previous;
    if (!head) {
      this.breaks.push({ seq: 0, lastSeq: last.seq, problem: 'head_mismatch' });
    } else if (head.seq > last.seq) {
      this.breaks.push({ seq: last.seq + 1, through: head.seq, problem: 'sequence_gap' });
    } else if (head.seq !== last.seq || head.hash !== last.hash) {
      this.breaks.push({ seq: head.seq, lastSeq: last.seq, problem: 'head_mismatch' });
    }
    return { checked: this.checked, intact: this.intact, breaks: this.breaks };
  }
}
