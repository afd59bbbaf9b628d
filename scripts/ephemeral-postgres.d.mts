export function freePort(): Promise<number>;
export function startEphemeralPostgres(): Promise<{ adminUrl: string; stop: () => void }>;
