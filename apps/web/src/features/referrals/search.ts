// The inbox's search parameters, read defensively from the address (it can be typed, pasted or crafted).
// Kept free of imports: the router loads it with the first screen.

export interface ReferralsSearch {
  direction?: 'outgoing';
  status?: 'closed';
  overdue?: true;
  /** Only the screenings other agencies sent to act on. */
  kind?: 'screening';
  page?: number;
}

/** Incoming, open and every deadline are the defaults, so the plain address is the inbox as it should open. */
export function referralsSearch(search: Record<string, unknown>): ReferralsSearch {
  const page = Number(search.page);
  return {
    ...(search.direction === 'outgoing' ? { direction: 'outgoing' as const } : {}),
    ...(search.status === 'closed' ? { status: 'closed' as const } : {}),
    ...(search.overdue === true || search.overdue === 'true' ? { overdue: true as const } : {}),
    ...(search.kind === 'screening' ? { kind: 'screening' as const } : {}),
    ...(Number.isInteger(page) && page > 1 && page < 10_000 ? { page } : {}),
  };
}
