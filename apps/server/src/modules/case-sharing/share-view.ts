import type { CaseShare } from '@lantern/domain';
import type { caseShares } from '../../db/schema';

export function toShareView(row: typeof caseShares.$inferSelect, agencyName: string): CaseShare {
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
