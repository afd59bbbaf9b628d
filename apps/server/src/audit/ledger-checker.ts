import { blockMac, eventHash, GENESIS_HASH } from './chain';
import type { ChainedEvent } from './chained-event';

export type LedgerBreak =
  /** Links `position` to `through` are missing: cut from the chain. */
  | { problem: 'position_gap'; position: number; through: number }
  /** The link remains but its event was deleted. */
  | { problem: 'event_missing'; position: number }
  /** The event no longer matches its link: it (or a link before it) was changed, inserted or moved. */
  | { problem: 'hash_mismatch'; position: number; seq: number }
  /** A block does not start right after the block before it. */
  | { problem: 'block_range'; block: number; firstPosition: number; expected: number }
  /** A block's recorded head is not the chain's hash at its last link. */
  | { problem: 'block_head_mismatch'; block: number }
  /** A block's seal does not verify under the installation's key: history rewritten and re-sealed without it. */
  | { problem: 'block_mac_mismatch'; block: number }
  /** Links past the last block: appended to the chain without being sealed. */
  | { problem: 'unsealed_links'; position: number; through: number }
  /** The sealer's head does not name the last link. */
  | { problem: 'head_mismatch'; position: number; lastPosition: number }
  /** An event neither in the chain nor waiting for the sealer: inserted behind the application's back. */
  | { problem: 'unchained_event'; seq: number }
  /** Events waiting for the sealer longer than the bound (is the sealer running?). */
  | { problem: 'overdue'; count: number; oldestSeq: number; seconds: number }
  /** A digest kept outside names a block the log no longer has: the log was cut. */
  | { problem: 'digest_block_missing'; block: number }
  /** A digest kept outside does not match its block: the history it covered was rewritten. */
  | { problem: 'digest_mismatch'; block: number };

export interface ChainLink {
  position: number;
  hash: string;
  /** The event the link names, or null when it no longer exists. */
  event: ChainedEvent | null;
}

export interface SealedBlock {
  block: number;
  firstPosition: number;
  lastPosition: number;
  headHash: string;
  prevMac: string;
  mac: string;
}

/**
 * Checks links and blocks fed in chain order, one at a time, in constant memory (apart from the breaks
 * found). Each link is checked against the stored link before it, so one tampered event is reported once
 * and verification carries on past it; each block against the links it covers and the block before it.
 */
export class LedgerChecker {
  private last = { position: 0, hash: GENESIS_HASH };
  private lastBlock = { lastPosition: 0, mac: GENESIS_HASH };
  readonly breaks: LedgerBreak[] = [];
  checked = 0;
  intact = 0;
  blocks = 0;

  constructor(private readonly key: Buffer) {}

  get lastPosition(): number {
    return this.last.position;
  }

  addLink(link: ChainLink): void {
    this.checked += 1;
    const afterGap = link.position > this.last.position + 1;
    if (afterGap) {
      this.breaks.push({
        problem: 'position_gap',
        position: this.last.position + 1,
        through: link.position - 1,
      });
    }
    if (afterGap) {
      // The link it was computed from is gone: the gap is the break; this link cannot be checked on its own.
    } else if (!link.event) {
      this.breaks.push({ problem: 'event_missing', position: link.position });
    } else if (eventHash(this.last.hash, link.event) !== link.hash) {
      this.breaks.push({ problem: 'hash_mismatch', position: link.position, seq: link.event.seq });
    } else {
      this.intact += 1;
    }
    this.last = { position: link.position, hash: link.hash };
  }

  closeBlock(block: SealedBlock): void {
    this.blocks += 1;
    const expected = this.lastBlock.lastPosition + 1;
    if (block.firstPosition !== expected) {
      this.breaks.push({
        problem: 'block_range',
        block: block.block,
        firstPosition: block.firstPosition,
        expected,
      });
    }
    // Links missing at the block's end are a gap, reported by the next link (or by finish, at the tail).
    if (this.last.position === block.lastPosition && this.last.hash !== block.headHash) {
      this.breaks.push({ problem: 'block_head_mismatch', block: block.block });
    }
    if (block.prevMac !== this.lastBlock.mac || blockMac(this.key, block) !== block.mac) {
      this.breaks.push({ problem: 'block_mac_mismatch', block: block.block });
    }
    this.lastBlock = { lastPosition: block.lastPosition, mac: block.mac };
  }

  /** After the last link and block: links left unsealed, and the sealer's head against the last link. */
  finish(head: { position: number; hash: string } | undefined): void {
    if (this.last.position < this.lastBlock.lastPosition) {
      this.breaks.push({
        problem: 'position_gap',
        position: this.last.position + 1,
        through: this.lastBlock.lastPosition,
      });
    }
    if (this.last.position > this.lastBlock.lastPosition) {
      this.breaks.push({
        problem: 'unsealed_links',
        position: this.lastBlock.lastPosition + 1,
        through: this.last.position,
      });
    }
    if (!head || head.position !== this.last.position || head.hash !== this.last.hash) {
      this.breaks.push({
        problem: 'head_mismatch',
        position: head?.position ?? 0,
        lastPosition: this.last.position,
      });
    }
  }
}
