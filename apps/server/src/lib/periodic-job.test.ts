import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger';
import { startPeriodicJob } from './periodic-job';

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('a periodic background job', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never overlaps a slow run, and stop waits for the run in progress', async () => {
    const { logger } = capturingLogger();
    let running = 0;
    let most = 0;
    let finished = 0;
    const job = startPeriodicJob({
      name: 'slow',
      intervalMs: 10,
      logger,
      run: async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 35));
        running -= 1;
        finished += 1;
      },
    });
    await vi.advanceTimersByTimeAsync(100);
    const stopping = job.stop();
    await vi.advanceTimersByTimeAsync(500);
    await stopping;
    expect(most).toBe(1);
    expect(running).toBe(0);
    const afterStop = finished;
    await vi.advanceTimersByTimeAsync(500);
    expect(finished).toBe(afterStop);
  });

  it('logs a failure without its message and runs again on the next tick', async () => {
    const { logger, lines } = capturingLogger();
    let calls = 0;
    const job = startPeriodicJob({
      name: 'flaky job',
      intervalMs: 10,
      logger,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('invalid input syntax for type uuid: "Nguyễn Thị Mai"');
        return { sent: 2 };
      },
      report: (outcome) => (outcome.sent > 0 ? 'sent' : undefined),
    });
    await vi.advanceTimersByTimeAsync(25);
    await job.stop();
    expect(calls).toBe(2);
    expect(lines.map((line) => line.msg)).toEqual(['flaky job failed; retrying', 'sent']);
    expect(JSON.stringify(lines)).not.toContain('Nguyễn');
  });
});
