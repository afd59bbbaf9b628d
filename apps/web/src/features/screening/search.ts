// The list's filter and page, read defensively from the address (it can be typed, pasted or crafted).
// Kept free of imports: the router loads it with the first screen.

const OUTCOMES = ['no-indicators', 'some-indicators', 'possible-victim', 'scored'] as const;

export interface ScreeningsSearch {
  outcome?: (typeof OUTCOMES)[number];
  page?: number;
}

export function screeningsSearch(search: Record<string, unknown>): ScreeningsSearch {
  const outcome = OUTCOMES.find((known) => known === search.outcome);
  const page = Number(search.page);
  return {
    ...(outcome ? { outcome } : {}),
    ...(Number.isInteger(page) && page > 1 && page < 10_000 ? { page } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new screening started from a one-stop office contact (#18) names it; anything else is dropped. */
export interface NewScreeningSearch {
  contact?: string;
}

export function newScreeningSearch(search: Record<string, unknown>): NewScreeningSearch {
  return typeof search.contact === 'string' && UUID.test(search.contact) ? { contact: search.contact } : {};
}
