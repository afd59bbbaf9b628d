// The directory page's search parameters, read defensively from the address (it can be typed, pasted or
// crafted), so a search can be shared as a link. Kept free of imports: the router loads it with the first screen.

const PROVINCE = /^\d{2}$/;
const CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,79}$/;
const LANGUAGE = /^[a-z]{3}$/;

export interface DirectorySearch {
  tab?: 'ours';
  service?: string;
  province?: string;
  age?: number;
  sex?: string;
  foreign?: true;
  language?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.trim() : undefined;
}

export function directorySearch(search: Record<string, unknown>): DirectorySearch {
  const service = text(search.service);
  // The router reads "?province=01" as the number 1; the code keeps its two digits.
  const province = text(search.province)?.padStart(2, '0');
  const age = Number(search.age);
  const sex = text(search.sex);
  const language = text(search.language);
  return {
    ...(search.tab === 'ours' ? { tab: 'ours' as const } : {}),
    ...(service && CODE.test(service) ? { service } : {}),
    ...(province && PROVINCE.test(province) ? { province } : {}),
    ...(search.age !== undefined && Number.isInteger(age) && age >= 0 && age <= 120 ? { age } : {}),
    ...(sex && CODE.test(sex) ? { sex } : {}),
    ...(search.foreign === true || search.foreign === 'true' ? { foreign: true as const } : {}),
    ...(language && LANGUAGE.test(language) ? { language } : {}),
  };
}
