import { describeErrorForLog, type Logger } from './logger';

export interface PeriodicJob {
  /** Stops the timer and resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs` in the background. Runs never overlap (a slow run delays the next one instead
 * of racing it), a failure is logged and retried on the next tick, and the timer never keeps the process alive.
 * `report` decides what a run's outcome is worth logging (nothing when it returns undefined).
 */
export function startPeriodicJob<Outcome>(options: {
  name: string;
  intervalMs: number;
  logger: Logger;
  run: () => Promise<Outcome>;
  report?: (outcome: Outcome) => string | undefined;
}): PeriodicJob {
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    inFlight = inFlight.then(async () => {
      if (stopped) return;
      try {
        const outcome = await options.run();
        const message = options.report?.(outcome);
        if (message) options.logger.info(outcome as object, message);
      } catch (error) {
        options.logger.error({ err: describeErrorForLog(error) }, `${options.name} failed; retrying`);
      }
    });
  }, options.intervalMs);
  timer.unref?.();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      return inFlight;
    },
  };
}
