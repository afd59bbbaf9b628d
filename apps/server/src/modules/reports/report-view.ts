import type { ReportJobView } from '@lantern/domain';
import type { reportJobs } from '../../db/schema';

export type ReportJobRow = typeof reportJobs.$inferSelect;

/** A job as its requester sees it: its state, never its files (they have their own download routes). */
export function toReportView(row: ReportJobRow, now = new Date()): ReportJobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    scope: row.scope,
    periods: row.periods,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    expired: row.expiresAt.getTime() <= now.getTime(),
  };
}

/** Columns of a job without its files: lists and progress reads never load megabytes they do not show. */
export function withoutFiles<T extends Record<string, unknown>>(columns: T): Omit<T, 'pdf' | 'xlsx'> {
  const { pdf: _pdf, xlsx: _xlsx, ...rest } = columns;
  return rest;
}
