import { describe, expect, it } from 'vitest';
import { verificationReport } from './verification-report';

describe('the audit verify report', () => {
  it('says intact with the number of events when there is no break', () => {
    expect(verificationReport({ checked: 4512, intact: 4512, breaks: [] })).toBe(
      'Audit chain intact: 4512 events verified.\n',
    );
  });

  it('lists every break, one a line, with the count of intact events', () => {
    const report = verificationReport({
      checked: 4509,
      intact: 4506,
      breaks: [
        { seq: 10, problem: 'hash_mismatch' },
        { seq: 100, through: 102, problem: 'sequence_gap' },
        { seq: 300, problem: 'prev_hash_mismatch' },
        { seq: 2000, problem: 'unexpected_event' },
        { seq: 4512, through: 4512, problem: 'sequence_gap' },
        { seq: 4511, lastSeq: 4512, problem: 'head_mismatch' },
      ],
    });
    const lines = report.trimEnd().split('\n');
    expect(lines[0]).toBe('Audit chain BROKEN: 6 breaks; 4506 of 4509 events intact.');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}event #10: .*hash_mismatch/),
      expect.stringMatching(/^ {2}events #100 to #102: missing/),
      expect.stringMatching(/^ {2}event #300: .*prev_hash_mismatch/),
      expect.stringMatching(/^ {2}event #2000: .*unexpected_event/),
      expect.stringMatching(/^ {2}event #4512: missing/),
      expect.stringMatching(/^ {2}chain head names event #4511 but the trail ends at #4512/),
    ]);
  });
});
