import type { IssuedStatusCode, StatusCheckPanel } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

const panelKey = (caseId: string) => ['cases', caseId, 'status-check'] as const;

export function useStatusPanel(caseId: string) {
  return useQuery({
    queryKey: panelKey(caseId),
    queryFn: () => api<StatusCheckPanel>(`/api/cases/${caseId}/status-check`),
  });
}

/** Issue, revoke and switch: each answers the panel, which replaces the cached one. */
export function useStatusActions(caseId: string) {
  const client = useQueryClient();
  const settle = (panel: StatusCheckPanel) =>
    client.setQueryData(panelKey(caseId), { enabled: panel.enabled, codeIssuedAt: panel.codeIssuedAt });
  const base = `/api/cases/${caseId}/status-check`;
  return {
    issue: useMutation({
      mutationFn: () => api<IssuedStatusCode>(`${base}/code`, { method: 'POST' }),
      onSuccess: settle,
    }),
    revoke: useMutation({
      mutationFn: () => api<StatusCheckPanel>(`${base}/code`, { method: 'DELETE' }),
      onSuccess: settle,
    }),
    toggle: useMutation({
      mutationFn: (enabled: boolean) => api<StatusCheckPanel>(base, { method: 'PUT', body: { enabled } }),
      onSuccess: settle,
    }),
  };
}
