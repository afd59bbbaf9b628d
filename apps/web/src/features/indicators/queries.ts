import type { IndicatorDefinitionInput, IndicatorSummary } from '@lantern/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** The catalogue (dashboard, reports and this screen read it under this key) and the tables drawn from it. */
const indicatorsKey = ['indicators'] as const;

function useIndicatorMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: indicatorsKey }),
  });
}

export function useDefineIndicator() {
  return useIndicatorMutation((input: IndicatorDefinitionInput) =>
    api<IndicatorSummary>('/api/indicators', { method: 'POST', body: input }),
  );
}

export function useRedefineIndicator() {
  return useIndicatorMutation((input: IndicatorDefinitionInput) =>
    api<IndicatorSummary>(`/api/indicators/${encodeURIComponent(input.code)}`, {
      method: 'PUT',
      body: input,
    }),
  );
}

export function useRetireIndicator() {
  return useIndicatorMutation((code: string) =>
    api<void>(`/api/indicators/${encodeURIComponent(code)}`, { method: 'DELETE' }),
  );
}
