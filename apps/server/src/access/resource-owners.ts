import type { Tx } from '../db/types';

/**
 * How to find the agency that owns a record of a given type, for break-the-glass. Each module that holds
 * case data registers its type; the lookup must see past the caller's scope (a SECURITY DEFINER function
 * returning only the owning agency id), since the caller is by definition outside it.
 */
export type OwnerLookup = (tx: Tx, resourceId: string) => Promise<string | null>;

const owners = new Map<string, OwnerLookup>();

export function registerResourceOwner(resourceType: string, lookup: OwnerLookup): void {
  owners.set(resourceType, lookup);
}

export function ownerLookupFor(resourceType: string): OwnerLookup | undefined {
  return owners.get(resourceType);
}
