import type { ServiceEntry } from '@lantern/domain';
import type { agencyServices } from '../../db/schema';

type ServiceRow = typeof agencyServices.$inferSelect;

/** A stored entry as the directory shows it; no person's data is in it, so everyone sees the same view. */
export function toServiceEntry(row: ServiceRow): ServiceEntry {
  return {
    serviceCode: row.serviceCode,
    provinceCodes: row.provinceCodes,
    servesOwnProvince: row.provinceCodes.length === 0,
    sexes: row.sexes,
    minAge: row.minAge,
    maxAge: row.maxAge,
    acceptsForeigners: row.acceptsForeigners,
    capacityTotal: row.capacityTotal,
    capacityFree: row.capacityFree,
    hours: row.hours,
    languages: row.languages,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    updatedAt: row.updatedAt.toISOString(),
  };
}
