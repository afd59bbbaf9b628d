import type { AssessmentView, RecordAssessmentInput, ReintegrationView } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';
import { caseKeys } from '../cases/queries';

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}/reintegration${rest}`;
const key = (caseId: string) => caseKeys.part(caseId, 'reintegration');

export function useReintegration(caseId: string) {
  return useQuery({
    queryKey: key(caseId),
    queryFn: () => api<ReintegrationView>(path(caseId)),
    retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status < 500),
  });
}

/** After a change the schedule and the timeline are read again. */
function useChanged(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: key(caseId) });
    void queryClient.invalidateQueries({ queryKey: caseKeys.part(caseId, 'timeline') });
  };
}

export function useStartFollowUp(caseId: string) {
  const changed = useChanged(caseId);
  return useMutation({
    mutationFn: (referenceOn: string | null) =>
      api<ReintegrationView>(path(caseId), {
        method: 'POST',
        body: referenceOn ? { referenceOn } : {},
      }),
    onSuccess: changed,
  });
}

export function useRecordAssessment(caseId: string) {
  const changed = useChanged(caseId);
  return useMutation({
    mutationFn: ({ visitId, input }: { visitId: string; input: RecordAssessmentInput }) =>
      api<AssessmentView>(path(caseId, `/visits/${encodeURIComponent(visitId)}/assessment`), {
        method: 'POST',
        body: input,
      }),
    onSuccess: changed,
  });
}
