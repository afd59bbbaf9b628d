import type { caseShares } from '../../db/schema';

export interface ShareView {
  id: string;
  agency: { id: string; name: string };
  purpose: string;
  grantedAt: string;
  revokedAt: string | null;
  /** Why it ended: revoked by the owning agency, or the person withdrew the consent it relied on. */
  endedBecause: 'revoked' | 'consent_withdrawn' | null;
  active: boolean;
}

export function toShareView(row: typeof caseShares.$inferSelect, agencyName: string): ShareView {
  return {
    id: row.id,
    agency: { id: row.agencyId, name: agencyName },
    purpose: row.purpose,
    grantedAt: row.grantedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    endedBecause: row.revokedAt ? (row.endedBecause ?? 'revoked') : null,
    active: row.revokedAt === null,
  };
}
