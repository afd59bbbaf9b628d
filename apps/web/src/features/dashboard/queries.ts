import type { DataQuality, IndicatorSummary, IndicatorTable } from '@lantern/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type DashboardScope = 'own' | 'national';

/** One table request: an indicator, a period, a range, up to two breakdowns and the scope. */
export interface TableRequest {
  code: string;
  scope: DashboardScope;
  period: 'month' | 'quarter' | 'year';
  from: string;
  to: string;
  by?: string;
}

const dashboardKeys = {
  catalogue: ['indicators', 'catalogue'] as const,
  table: (request: TableRequest) => ['indicators', 'table', request] as const,
};

// Figures change slowly (reports are quarterly); a minute's cache spares the server on every tab switch.
const STALE = 60_000;

export function useIndicatorCatalogue() {
  return useQuery({
    queryKey: dashboardKeys.catalogue,
    queryFn: () => api<{ indicators: IndicatorSummary[] }>('/api/indicators'),
    staleTime: 10 * STALE,
  });
}

function tablePath(request: TableRequest): string {
  const params = new URLSearchParams({
    period: request.period,
    from: request.from,
    to: request.to,
    scope: request.scope,
  });
  if (request.by) params.set('by', request.by);
  return `/api/indicators/${encodeURIComponent(request.code)}/values?${params.toString()}`;
}

export function useIndicatorTable(request: TableRequest | null) {
  return useQuery({
    queryKey: request ? dashboardKeys.table(request) : ['indicators', 'table', 'none'],
    queryFn: () => api<IndicatorTable>(tablePath(request as TableRequest)),
    enabled: request !== null,
    staleTime: STALE,
  });
}

/** The tables of several indicators at once (the cards), each loading and failing on its own. */
export function useIndicatorTables(requests: readonly TableRequest[]) {
  return useQueries({
    queries: requests.map((request) => ({
      queryKey: dashboardKeys.table(request),
      queryFn: () => api<IndicatorTable>(tablePath(request)),
      staleTime: STALE,
    })),
  });
}

/** The own scope's data quality (GET /api/data-quality), for holders of indicators.read. */
export function useDataQuality() {
  return useQuery({
    queryKey: ['indicators', 'data-quality'],
    queryFn: () => api<DataQuality>('/api/data-quality'),
    staleTime: STALE,
  });
}
