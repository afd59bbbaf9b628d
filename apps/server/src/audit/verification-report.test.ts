import { describe, expect, it } from 'vitest';
import { verificationReport } from './verification-report';

describe('the audit verify report', () => {
  it('says intact with the number of events and blocks when there is no break', () => {
    expect(
      verificationReport({ checked: 4512, intact: 4512, blocks: 7, pending: 0, unchained: 0, breaks: [] }),
    ).toBe('Audit trail intact: 4512 events in 7 sealed blocks verified.\n');
  });

  it('lists every break, one a line, with the count of intact events', () => {
    const report = verificationReport({
      checked: 4509,
      intact: 4506,
      blocks: 3,
      pending: 2,
      unchained: 104,
      breaks: [
        { problem: 'hash_mismatch', position: 10, seq: 12 },
        { problem: 'position_gap', position: 100, through: 102 },
        { problem: 'block_mac_mismatch', block: 2 },
        { problem: 'unchained_event', seq: 4600 },
        { problem: 'overdue', count: 2, oldestSeq: 4601, seconds: 40 },
        { problem: 'digest_block_missing', block: 9 },
      ],
    });
    const lines = report.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Audit trail BROKEN: 6 breaks; 4506 of 4509 chained events intact; 2 waiting for the sealer.',
    );
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}chain position 10 \(event #12\): .*hash_mismatch/),
      expect.stringMatching(/^ {2}chain positions 100 to 102: missing/),
      expect.stringMatching(/^ {2}block 2: .*block_mac_mismatch/),
      expect.stringMatching(/^ {2}event #4600: .*unchained_event/),
      expect.stringMatching(/^ {2}2 events waiting .*#4601 for 40 s/),
      expect.stringMatching(/^ {2}digest of block 9: .*cut back/),
      '  … and 103 more events outside the chain',
    ]);
  });
});
