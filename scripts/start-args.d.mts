export function startArgs(extra?: string[]): string[];
