import {
  type Instrument,
  type InstrumentSummary,
  instrumentSchema,
  type ListTotal,
  type ScreeningDetail,
  type ScreeningOutcome,
  type ScreeningResult,
  type ScreeningSummary,
  screeningResultSchema,
} from '@lantern/domain';
import { keepPreviousData, type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const screeningKeys = {
  instruments: ['screening', 'instruments'] as const,
  instrument: (id: string, version: number) => ['screening', 'instrument', id, version] as const,
  lists: ['screening', 'list'] as const,
  list: (outcome: ScreeningOutcome | undefined, page: number) =>
    ['screening', 'list', outcome ?? 'all', page] as const,
  detail: (id: string) => ['screening', 'detail', id] as const,
};

export const PAGE_SIZE = 20;

export function useInstrumentSummaries() {
  return useQuery({
    queryKey: screeningKeys.instruments,
    queryFn: () => api<InstrumentSummary[]>('/api/instruments'),
    staleTime: 10 * 60_000,
  });
}

interface InstrumentDetailResponse extends InstrumentSummary {
  definition: unknown;
}

function combineDefinitions(results: ReadonlyArray<UseQueryResult<Instrument>>) {
  const definitions = new Map<string, Instrument>();
  for (const result of results) if (result.data) definitions.set(result.data.id, result.data);
  return {
    definitions: definitions as ReadonlyMap<string, Instrument>,
    pending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
    retry: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}

/**
 * One instrument version with its questions and rules, checked against the schema. A published version
 * never changes, so once read it is kept for the whole visit: an interview can go on without a connection.
 */
export function instrumentQuery(id: string, version: number) {
  return {
    queryKey: screeningKeys.instrument(id, version),
    queryFn: async () => {
      const detail = await api<InstrumentDetailResponse>(
        `/api/instruments/${encodeURIComponent(id)}/${version}`,
      );
      return instrumentSchema.parse(detail.definition);
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  };
}

export function useInstrumentDefinitions(wanted: ReadonlyArray<{ id: string; version: number }>) {
  return useQueries({
    queries: wanted.map(({ id, version }) => instrumentQuery(id, version)),
    combine: combineDefinitions,
  });
}

export function useScreenings(outcome: ScreeningOutcome | undefined, page: number) {
  return useQuery({
    queryKey: screeningKeys.list(outcome, page),
    queryFn: () => {
      const search = new URLSearchParams({
        limit: String(PAGE_SIZE),
        offset: String((page - 1) * PAGE_SIZE),
      });
      if (outcome) search.set('outcome', outcome);
      return api<{ items: ScreeningSummary[] } & ListTotal>(`/api/screenings?${search}`);
    },
    placeholderData: keepPreviousData,
  });
}

export function useScreening(id: string) {
  return useQuery({
    queryKey: screeningKeys.detail(id),
    queryFn: () => api<ScreeningDetail>(`/api/screenings/${encodeURIComponent(id)}`),
    retry: (count, error) =>
      count < 1 && !('status' in error && (error.status === 404 || error.status === 403)),
  });
}

/** A stored result, read defensively: an unreadable one is shown by its outcome only. */
export function parseResult(value: unknown): ScreeningResult | null {
  const parsed = screeningResultSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
