import { type Era, REFORM_DATE } from '@lantern/domain';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import type {
  LocalValuesResponse,
  ProvincesResponse,
  UnitDetail,
  UnitsResponse,
  VocabulariesResponse,
  VocabularyResponse,
} from './types';

// Which units exist depends only on the set (era), not on the day within it, so lists are asked for a
// fixed day of their set: one request (and one cached answer) per set and language.
const DAY_OF_ERA: Record<Era, string> = { 'pre-2025': '2025-06-30', '2025': REFORM_DATE };

// Administrative units change only with a release.
const staleTime = 60 * 60 * 1000;
// Vocabularies also hold the values administrators add; another administrator's change shows within minutes
// (the server makes browsers revalidate each answer, so this is the only delay).
const vocabularyStaleTime = 5 * 60 * 1000;

export function useProvinces(era: Era) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'provinces', era, i18n.language],
    queryFn: () => api<ProvincesResponse>(`/api/reference/provinces?at=${DAY_OF_ERA[era]}`),
    staleTime,
  });
}

export function useUnitsUnder(era: Era, parentCode: string | null) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'units', era, parentCode, i18n.language],
    queryFn: () =>
      api<UnitsResponse>(
        `/api/reference/units?parent=${encodeURIComponent(parentCode ?? '')}&at=${DAY_OF_ERA[era]}`,
      ),
    enabled: parentCode !== null,
    staleTime,
  });
}

export function useUnitDetail(era: Era, code: string | null, enabled = true) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'unit', era, code, i18n.language],
    queryFn: () => api<UnitDetail>(`/api/reference/units/${era}/${encodeURIComponent(code ?? '')}`),
    enabled: enabled && code !== null,
    staleTime,
  });
}

export function useVocabularies() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'vocabularies', i18n.language],
    queryFn: () => api<VocabulariesResponse>('/api/reference/vocabularies'),
    staleTime: vocabularyStaleTime,
  });
}

export function useVocabulary(id: string | null) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['reference', 'vocabulary', id, i18n.language],
    queryFn: () => api<VocabularyResponse>(`/api/reference/vocabularies/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    staleTime: vocabularyStaleTime,
  });
}

export const localValueKeys = {
  all: ['admin', 'local-values'] as const,
  of: (vocabularyId: string | null) => ['admin', 'local-values', vocabularyId] as const,
};

/** Values administrators added to a vocabulary, retired ones included (admin.vocabularies.manage). */
export function useLocalValues(vocabularyId: string | null) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...localValueKeys.of(vocabularyId), i18n.language],
    queryFn: () =>
      api<LocalValuesResponse>(
        `/api/admin/vocabularies/${encodeURIComponent(vocabularyId ?? '')}/local-values`,
      ),
    enabled: vocabularyId !== null,
  });
}

/** After a change to local values: the lists everyone reads, and the administrators' list. */
export function invalidateVocabularies(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['reference', 'vocabularies'] });
  void queryClient.invalidateQueries({ queryKey: ['reference', 'vocabulary'] });
  void queryClient.invalidateQueries({ queryKey: localValueKeys.all });
}
