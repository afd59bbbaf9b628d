import type { LedgerBreak } from './ledger-checker';
import type { LedgerVerification } from './verify-chain';

const range = (from: number, through: number, noun: string) =>
  from === through ? `${noun} ${from}` : `${noun}s ${from} to ${through}`;

function describe(found: LedgerBreak): string {
  switch (found.problem) {
    case 'position_gap':
      return `${range(found.position, found.through, 'chain position')}: missing (position_gap) — cut from the chain`;
    case 'event_missing':
      return `chain position ${found.position}: its event is gone (event_missing) — deleted`;
    case 'hash_mismatch':
      return `chain position ${found.position} (event #${found.seq}): does not match its link (hash_mismatch) — the event, or one before it, was changed, inserted or moved`;
    case 'block_range':
      return `block ${found.block}: starts at position ${found.firstPosition}, expected ${found.expected} (block_range) — blocks removed or forged`;
    case 'block_head_mismatch':
      return `block ${found.block}: its head is not the chain's hash at its last link (block_head_mismatch) — links changed after sealing`;
    case 'block_mac_mismatch':
      return `block ${found.block}: its seal does not verify under this installation's key (block_mac_mismatch) — history rewritten and re-sealed without the key`;
    case 'unsealed_links':
      return `${range(found.position, found.through, 'chain position')}: linked but in no sealed block (unsealed_links) — appended behind the sealer`;
    case 'head_mismatch':
      return `the sealer's head names position ${found.position} but the chain ends at ${found.lastPosition} (head_mismatch)`;
    case 'unchained_event':
      return `event #${found.seq}: neither in the chain nor waiting for the sealer (unchained_event) — inserted behind the application`;
    case 'overdue':
      return `${found.count} ${found.count === 1 ? 'event' : 'events'} waiting for the sealer past the bound, the oldest #${found.oldestSeq} for ${found.seconds} s (overdue) — is the sealer running?`;
    case 'digest_block_missing':
      return `digest of block ${found.block}: the block is gone (digest_block_missing) — the log was cut back`;
    case 'digest_mismatch':
      return `digest of block ${found.block}: does not match the block (digest_mismatch) — the history it covered was rewritten`;
  }
}

/** What `lantern audit verify` prints: a verdict line, then every break, one a line. */
export function verificationReport(result: LedgerVerification): string {
  const pending = result.pending > 0 ? `; ${result.pending} waiting for the sealer` : '';
  if (result.breaks.length === 0)
    return `Audit trail intact: ${result.checked} events in ${result.blocks} sealed blocks verified${pending}.\n`;
  const unlisted = result.unchained - result.breaks.filter((b) => b.problem === 'unchained_event').length;
  const lines = [
    `Audit trail BROKEN: ${result.breaks.length} ${result.breaks.length === 1 ? 'break' : 'breaks'}; ` +
      `${result.intact} of ${result.checked} chained events intact${pending}.`,
    ...result.breaks.map((found) => `  ${describe(found)}`),
    ...(unlisted > 0 ? [`  … and ${unlisted} more events outside the chain`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
