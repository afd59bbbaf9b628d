import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream,
  };
}

describe('seed progress', () => {
  it('redraws one bar with rows, rate and time left on a terminal', () => {
    const { written, stream } = fakeStream(true);
    let now = 0;
    const progress = createProgress({ total: 10_000, start: 0, unit: 'persons', stream, now: () => now });
    now = 1000;
    progress.update(2_500);
    expect(written.at(-1)).toMatch(/^\r\[█{7}░{21}\] 2,500\/10,000 persons · 2,500\/s · ETA 0:03/);
    now = 4000;
    progress.finish(10_000);
    expect(written.at(-1)).toBe('\r10,000/10,000 persons in 0:04 (2,500/s)\x1b[K\n');
  });

  it('writes plain lines, at most one per tenth, when the output is a log', () => {
    const { written, stream } = fakeStream(false);
    let now = 0;
    const progress = createProgress({ total: 1_000, start: 0, unit: 'persons', stream, now: () => now });
    for (let done = 50; done <= 1_000; done += 50) {
      now += 3000;
      progress.update(done);
    }
    expect(written.length).toBeLessThanOrEqual(11);
    expect(written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(written[0]).toMatch(/^5 % — 50\/1,000 persons/);
  });
});
