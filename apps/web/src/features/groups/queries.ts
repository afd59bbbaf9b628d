import type {
  AddMemberInput,
  CaseGroups,
  CreateGroupInput,
  GroupMeeting,
  GroupMember,
  GroupSummary,
  GroupView,
  RecordMeetingInput,
  UpdateGroupInput,
} from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { caseKeys } from '../cases/queries';

export interface GroupFilter {
  provinceCode: string | null;
  communeCode: string | null;
}

const groupKeys = {
  all: ['groups'] as const,
  list: (filter: GroupFilter) => ['groups', 'list', filter] as const,
  one: (id: string) => ['groups', 'one', id] as const,
};

export function useGroups(filter: GroupFilter) {
  const params = new URLSearchParams();
  if (filter.provinceCode) params.set('provinceCode', filter.provinceCode);
  if (filter.communeCode) params.set('communeCode', filter.communeCode);
  return useQuery({
    queryKey: groupKeys.list(filter),
    queryFn: () => api<{ items: GroupSummary[] }>(`/api/groups?${params.toString()}`),
  });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: groupKeys.one(id),
    queryFn: () => api<GroupView>(`/api/groups/${encodeURIComponent(id)}`),
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: groupKeys.all });
}

export function useCreateGroup() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: CreateGroupInput) =>
      api<GroupSummary>('/api/groups', { method: 'POST', body: input }),
    onSuccess: changed,
  });
}

export function useSetGroupStatus(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (status: 'active' | 'closed') =>
      api(`/api/groups/${encodeURIComponent(id)}`, { method: 'PATCH', body: { status } }),
    onSuccess: changed,
  });
}

export function useUpdateGroup(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: UpdateGroupInput) =>
      api(`/api/groups/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: changed,
  });
}

export function useAddMember(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: AddMemberInput) =>
      api<GroupMember>(`/api/groups/${encodeURIComponent(id)}/members`, { method: 'POST', body: input }),
    onSuccess: changed,
  });
}

export function useMemberLeft(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ memberId, leftOn }: { memberId: string; leftOn: string }) =>
      api(`/api/groups/${encodeURIComponent(id)}/members/${encodeURIComponent(memberId)}/left`, {
        method: 'POST',
        body: { leftOn },
      }),
    onSuccess: changed,
  });
}

export function useRecordMeeting(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (input: RecordMeetingInput) =>
      api<GroupMeeting>(`/api/groups/${encodeURIComponent(id)}/meetings`, { method: 'POST', body: input }),
    onSuccess: changed,
  });
}

export function useCaseGroups(caseId: string) {
  return useQuery({
    queryKey: caseKeys.part(caseId, 'groups'),
    queryFn: () => api<CaseGroups>(`/api/cases/${encodeURIComponent(caseId)}/groups`),
  });
}
