/**
 * The server's review reports are built one after another in the background of the process that was asked:
 * a request only writes the job and answers 202, and the building runs after it, in short transactions of its
 * own (one per indicator), so it never holds a request connection for long nor makes a request wait.
 *
 * Jobs live in memory: a job whose server stops before it ends stays "queued" or "running"; its requester asks
 * again (docs/ARCHITECTURE.md, "Review reports").
 */
let chain: Promise<void> = Promise.resolve();

export function enqueueReport(work: () => Promise<void>): void {
  chain = chain
    // Let the request that queued the job answer first.
    .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(work)
    .catch(() => undefined);
}

/** Resolves once every job queued so far has ended (tests and an orderly shutdown wait on it). */
export function reportsIdle(): Promise<void> {
  return chain;
}
