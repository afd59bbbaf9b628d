import type { AppDatabase, Tx } from './types';

/**
 * A transaction begun now and ended later, by whoever first calls `finish` or `release`; it holds its
 * connection (on PGlite: the whole database) until then, so every holder must end it.
 */
export interface HeldTransaction {
  /** True once `finish` or `release` was called; the transaction then belongs to nobody else. */
  readonly ended: boolean;
  /**
   * Runs `work` in the held transaction and commits. When `work` throws, rolls back and rethrows that error;
   * when the commit fails (a deferred check), throws the commit's error, as a transaction of its own would.
   */
  finish<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
  /** Commits what the opening did, if nothing finished the transaction; otherwise does nothing. */
  release(): Promise<void>;
}

type Ending = ((tx: Tx) => Promise<void>) | null;

/**
 * Begins a transaction, runs `open` in it and returns its result with the transaction still open. Drizzle
 * only lends a transaction to a callback, so the callback waits for the ending the holder chooses.
 */
export async function holdTransaction<T>(
  db: AppDatabase,
  open: (tx: Tx) => Promise<T>,
): Promise<{ opened: T; held: HeldTransaction }> {
  let end: (ending: Ending) => void = () => {};
  const ending = new Promise<Ending>((resolve) => {
    end = resolve;
  });
  let markOpened: (opened: T) => void = () => {};
  const opening = new Promise<T>((resolve) => {
    markOpened = resolve;
  });

  const finished = db.transaction(async (tx) => {
    markOpened(await open(tx));
    const work = await ending;
    if (work) await work(tx);
  });
  // An opening that fails ends the transaction before anyone holds it: that error is the caller's.
  const opened = await Promise.race([opening, finished.then(() => opening)]);

  let ended = false;
  return {
    opened,
    held: {
      get ended() {
        return ended;
      },
      async finish<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
        if (ended) throw new Error('The held transaction has already ended');
        ended = true;
        let outcome: { value: R } | { error: unknown } | undefined;
        end(async (tx) => {
          try {
            outcome = { value: await work(tx) };
          } catch (error) {
            outcome = { error };
            throw error;
          }
        });
        try {
          await finished;
        } catch (error) {
          // The work's own error wins over a failed rollback after it.
          if (outcome && 'error' in outcome) throw outcome.error;
          throw error;
        }
        if (!outcome || !('value' in outcome)) throw new Error('The held transaction ended without its work');
        return outcome.value;
      },
      async release(): Promise<void> {
        if (ended) return;
        ended = true;
        end(null);
        await finished;
      },
    },
  };
}
