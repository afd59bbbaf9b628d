import type { ChainBreak, ChainVerification } from './chain';

function describe(found: ChainBreak): string {
  switch (found.problem) {
    case 'sequence_gap':
      return found.seq === found.through
        ? `event #${found.seq}: missing (sequence_gap) — deleted`
        : `events #${found.seq} to #${found.through}: missing (sequence_gap) — deleted`;
    case 'hash_mismatch':
      return `event #${found.seq}: content does not match its hash (hash_mismatch) — changed after it was written`;
    case 'prev_hash_mismatch':
      return `event #${found.seq}: does not link to the event before it (prev_hash_mismatch) — an event before it was changed, inserted or moved`;
    case 'unexpected_event':
      return `event #${found.seq}: out of sequence (unexpected_event) — inserted`;
    case 'head_mismatch':
      return `chain head names event #${found.seq} but the trail ends at #${found.lastSeq} (head_mismatch) — events appended past the head, or the head altered`;
  }
}

/** What `lantern audit verify` prints: a verdict line, then every break, one a line, in chain order. */
export function verificationReport(result: ChainVerification): string {
  if (result.breaks.length === 0) return `Audit chain intact: ${result.checked} events verified.\n`;
  const lines = [
    `Audit chain BROKEN: ${result.breaks.length} ${result.breaks.length === 1 ? 'break' : 'breaks'}; ` +
      `${result.intact} of ${result.checked} events intact.`,
    ...result.breaks.map((found) => `  ${describe(found)}`),
  ];
  return `${lines.join('\n')}\n`;
}
