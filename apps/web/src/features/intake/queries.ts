import type { ContactCounts, ContactView, ListTotal, RecordContactInput } from '@lantern/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const contactKeys = {
  all: ['contacts'] as const,
  list: ['contacts', 'list'] as const,
  counts: ['contacts', 'counts'] as const,
};

export function useContactCounts() {
  return useQuery({
    queryKey: contactKeys.counts,
    queryFn: () => api<ContactCounts>('/api/contacts/counts'),
  });
}

export function useRecentContacts() {
  return useQuery({
    queryKey: contactKeys.list,
    queryFn: () => api<{ items: ContactView[] } & ListTotal>('/api/contacts?limit=10'),
  });
}

/** Recording a contact changes the list and the counts shown beside the form. */
export function useRecordContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordContactInput) =>
      api<ContactView>('/api/contacts', { method: 'POST', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: contactKeys.all }),
  });
}
