import type {
  AddPlanItemInput,
  AssessmentView,
  LivelihoodView,
  PlanItemView,
  RecordAssessmentInput,
  RecordLivelihoodInput,
  ReintegrationView,
  UpdatePlanItemInput,
} from '@lantern/domain';
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
  const queryClient = useQueryClient();
  // Starting the follow-up may move the case into reintegration: the whole case is read again.
  const changed = () => void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
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

export function useAddPlanItem(caseId: string) {
  const changed = useChanged(caseId);
  return useMutation({
    mutationFn: (input: AddPlanItemInput) =>
      api<PlanItemView>(path(caseId, '/plan'), { method: 'POST', body: input }),
    onSuccess: changed,
  });
}

export function useUpdatePlanItem(caseId: string) {
  const changed = useChanged(caseId);
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: UpdatePlanItemInput }) =>
      api<PlanItemView>(path(caseId, `/plan/${encodeURIComponent(itemId)}`), {
        method: 'PATCH',
        body: input,
      }),
    onSuccess: changed,
  });
}

export function useRecordLivelihood(caseId: string) {
  const changed = useChanged(caseId);
  return useMutation({
    mutationFn: (input: RecordLivelihoodInput) =>
      api<LivelihoodView>(path(caseId, '/livelihood'), { method: 'POST', body: input }),
    onSuccess: changed,
  });
}
