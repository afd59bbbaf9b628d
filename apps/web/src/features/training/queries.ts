import type { RecordTrainingInput, TrainingEvent, UpdateTrainingInput } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const trainingKeys = { all: ['training'] as const };

export function useTrainings() {
  return useQuery({
    queryKey: trainingKeys.all,
    queryFn: () => api<{ items: TrainingEvent[] }>('/api/training/events'),
  });
}

export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordTrainingInput) =>
      api<TrainingEvent>('/api/training/events', { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useUpdateTraining(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateTrainingInput) =>
      api<TrainingEvent>(`/api/training/events/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
