/**
 * A fixed-window counter per key, in memory. Enough for one server process; a search that reveals whether
 * a person is known to the system must not be repeatable at machine speed.
 */
export function createRateLimiter(options: { limit: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** True when the call is allowed (and counts it). */
    take(key: string): boolean {
      const time = now();
      const window = windows.get(key);
      if (!window || time - window.start >= options.windowMs) {
        windows.set(key, { start: time, count: 1 });
        if (windows.size > 10_000)
          for (const [k, w] of windows) if (time - w.start >= options.windowMs) windows.delete(k);
        return true;
      }
      window.count += 1;
      return window.count <= options.limit;
    },
    /** True when the key has used up its window: the next `take` would be refused. Counts nothing. */
    exhausted(key: string): boolean {
      const window = windows.get(key);
      return window !== undefined && now() - window.start < options.windowMs && window.count >= options.limit;
    },
  };
}
