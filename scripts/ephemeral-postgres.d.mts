export function freePort(): Promise<number>;
export function startEphemeralPostgres(options?: {
  /** A folder whose cluster outlives the run: made on the first run, started again on later ones, never removed. */
  keepIn?: string;
}): Promise<{ adminUrl: string; stop: () => void; reused: boolean }>;
