import type { Pathway } from '@lantern/domain';
import type { referralPathways } from '../../db/schema';

export function toPathwayView(row: typeof referralPathways.$inferSelect): Pathway {
  return {
    id: row.id,
    provinceCode: row.provinceCode,
    names: row.names,
    steps: row.steps,
    active: row.active,
  };
}
