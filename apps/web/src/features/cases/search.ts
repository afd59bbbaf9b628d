// The case pages' search parameters, read defensively from the address (it can be typed, pasted or crafted).
// Kept free of imports: the router loads it with the first screen.

const STATES = [
  'received',
  'under_verification',
  'identified',
  'not_victim',
  'receiving_support',
  'reintegration',
  'closed',
] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PROVINCE = /^\d{2}$/;
const CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,79}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CasesSearch {
  state?: (typeof STATES)[number];
  province?: string;
  exploitationType?: string;
  receivedFrom?: string;
  receivedTo?: string;
  overdue?: true;
  page?: number;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}

function day(value: unknown): string | undefined {
  const found = text(value);
  return found && ISO_DAY.test(found) ? found : undefined;
}

export function casesSearch(search: Record<string, unknown>): CasesSearch {
  const state = STATES.find((known) => known === search.state);
  const province = text(search.province);
  const exploitationType = text(search.exploitationType);
  const receivedFrom = day(search.receivedFrom);
  const receivedTo = day(search.receivedTo);
  const page = Number(search.page);
  return {
    ...(state ? { state } : {}),
    // The router reads "?province=01" as the number 1; the code keeps its two digits.
    ...(province && PROVINCE.test(province.padStart(2, '0')) ? { province: province.padStart(2, '0') } : {}),
    ...(exploitationType && CODE.test(exploitationType) ? { exploitationType } : {}),
    ...(receivedFrom ? { receivedFrom } : {}),
    ...(receivedTo ? { receivedTo } : {}),
    ...(search.overdue === true || search.overdue === 'true' ? { overdue: true as const } : {}),
    ...(Number.isInteger(page) && page > 1 && page < 10_000 ? { page } : {}),
  };
}

export interface NewCaseSearch {
  /** Register from this screening: its answers pre-fill the trafficking details. */
  screening?: string;
  /** The screening came to the agency by this hand-off: a case the search finds may take it instead. */
  referral?: string;
}

export function newCaseSearch(search: Record<string, unknown>): NewCaseSearch {
  const screening = text(search.screening);
  if (!screening || !UUID.test(screening)) return {};
  const referral = text(search.referral);
  return referral && UUID.test(referral) ? { screening, referral } : { screening };
}

export const caseTabs = [
  'summary',
  'person',
  'details',
  'consent',
  'notes',
  'tasks',
  'support',
  'reintegration',
  'attachments',
  'timeline',
  'referrals',
  'sharing',
] as const;
export type CaseTab = (typeof caseTabs)[number];

export interface CaseSearch {
  tab?: CaseTab;
}

export function caseSearch(search: Record<string, unknown>): CaseSearch {
  const tab = caseTabs.find((known) => known === search.tab);
  return tab && tab !== 'summary' ? { tab } : {};
}
