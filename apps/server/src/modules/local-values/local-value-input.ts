import type { Labels } from '@lantern/domain';

type DescriptionInput = { vi?: string | undefined; en?: string | undefined; ar?: string | undefined };

/** Descriptions left empty in a language are not stored; none at all is null. */
export function cleanDescription(input: DescriptionInput | null | undefined): Partial<Labels> | null {
  const entries = Object.entries(input ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<Labels>) : null;
}

/** An empty export choice means the default ("Other" where the list has it). */
export function cleanExport(input: string | null | undefined): string | null {
  return input?.trim() ? input.trim() : null;
}
