import type { ScreeningDetail, ScreeningSummary } from '@lantern/domain';
import type { screeningResponses, screenings } from '../../db/schema';

type ScreeningRow = typeof screenings.$inferSelect;
type ResponseRow = typeof screeningResponses.$inferSelect;

export function toScreeningSummary(
  row: ScreeningRow,
  screener: { id: string; displayName: string },
  responses: ReadonlyArray<Pick<ResponseRow, 'instrumentId' | 'instrumentVersion'>>,
): ScreeningSummary {
  return {
    id: row.id,
    screenedAt: row.screenedAt.toISOString(),
    submittedAt: row.submittedAt.toISOString(),
    screenedBy: screener,
    interviewLanguage: row.interviewLanguage,
    interpreterUsed: row.interpreterUsed,
    provinceCode: row.provinceCode,
    communeCode: row.communeCode,
    outcome: row.outcome as ScreeningSummary['outcome'],
    htcdsStatus: row.htcdsStatus,
    needs: row.needs,
    instruments: responses.map((r) => ({ id: r.instrumentId, version: r.instrumentVersion })),
  };
}

export function toScreeningDetail(
  row: ScreeningRow,
  screener: { id: string; displayName: string },
  responses: readonly ResponseRow[],
): ScreeningDetail {
  return {
    ...toScreeningSummary(row, screener, responses),
    responses: responses.map((r) => ({
      instrumentId: r.instrumentId,
      instrumentVersion: r.instrumentVersion,
      answers: r.answers,
      result: r.result,
    })),
  };
}
