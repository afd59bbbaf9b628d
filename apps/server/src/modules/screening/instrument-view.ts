import type { InstrumentSummary } from '@lantern/domain';
import type { screeningInstruments } from '../../db/schema';

type InstrumentRow = typeof screeningInstruments.$inferSelect;

export function toInstrumentSummary(row: InstrumentRow, latest: boolean): InstrumentSummary {
  return {
    id: row.id,
    version: row.version,
    role: row.role as InstrumentSummary['role'],
    sourceStatus: row.sourceStatus as InstrumentSummary['sourceStatus'],
    title: row.definition.title,
    summary: row.definition.summary,
    publishedAt: row.publishedAt.toISOString(),
    verification:
      row.verifiedAt && row.verificationNote
        ? { at: row.verifiedAt.toISOString(), note: row.verificationNote }
        : null,
    latest,
  };
}
